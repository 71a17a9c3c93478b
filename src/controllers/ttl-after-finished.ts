/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): a finished Job with
 * `ttlSecondsAfterFinished` is deleted, with Foreground propagation, that many seconds after its Complete
 * or Failed condition turned True. It requeues itself for the expiry instant instead of polling.
 */
import { objectKey, type StoredObject } from '../api';
import { parseRFC3339 } from '../clock';
import type { Job } from '../api/schemas';
import type { Action, Controller } from './controller';
import type { JobCondition } from './job';

export const ttlAfterFinishedController: Controller = {
  name: 'ttl-after-finished-controller',
  watches: [{ kind: 'Job', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Job', e.object.metadata.namespace, e.object.metadata.name)) }],
  reconcile(key, { store, now }): Action[] {
    const job = store.getByKey(key) as StoredObject<Job> | undefined;
    const ttl = job?.spec?.ttlSecondsAfterFinished;
    if (!job || ttl === undefined || job.metadata.deletionTimestamp) return [];
    const finishedAt = finishTime(job);
    if (finishedAt === undefined) return [];
    const expireAt = finishedAt + ttl * 1000;
    if (now < expireAt) return [{ type: 'requeueAfter', key, ms: expireAt - now }];
    return [{ type: 'delete', object: job, propagationPolicy: 'Foreground' }];
  },
};

function finishTime(job: StoredObject<Job>): number | undefined {
  const finished = ((job.status?.conditions ?? []) as JobCondition[]).find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
  return finished?.lastTransitionTime ? parseRFC3339(finished.lastTransitionTime) : undefined;
}
