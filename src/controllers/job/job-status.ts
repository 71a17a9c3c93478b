/**
 * The status a Job sync writes (job_controller.go trackJobStatusAndRemoveFinalizers, enactJobFinished,
 * recordJobFinished): counts, `ready`/`terminating` (always written), an empty `uncountedTerminatedPods`,
 * the interim condition, and the terminal one with its event once no pod is still terminating.
 */
import type { StoredObject } from '../../api';
import type { Job } from '../../api/schemas';
import type { Action } from '../controller';
import { omitEmpty } from '../omit-empty';
import { findCondition, newCondition, terminalTypeOf, type JobCondition } from './conditions';
import { formatIndexes, isIndexed, type JobState } from './job-state';
import { jsonEqual } from '../../api';
import { statusPatch } from '../status-patch';

export interface JobSync {
  job: StoredObject<Job>;
  state: JobState;
  now: number;
  actions: Action[];
  conditions: JobCondition[];
  startTime: string | undefined;
  completionTime?: string;
  /** Active pods after this sync's creates and deletes. */
  active?: number;
  deleted?: number;
  deletedReady?: number;
}

/** Records the interim condition, and the terminal one when nothing is terminating any more. */
export function finishJob(sync: JobSync, condition: JobCondition, deletedNow: number): void {
  sync.active = sync.state.active.length - deletedNow;
  const interimType = condition.type === 'SuccessCriteriaMet' || condition.type === 'FailureTarget' ? condition.type : undefined;
  if (interimType && !findCondition(sync.conditions, interimType)) sync.conditions = [...sync.conditions, condition];
  if (sync.state.terminating + deletedNow > 0) return;
  const type = terminalTypeOf(condition.type);
  const terminal = newCondition(type, 'True', condition.reason ?? '', condition.message ?? '', sync.now);
  sync.conditions = [...sync.conditions, terminal];
  if (type === 'Complete') sync.completionTime = terminal.lastTransitionTime;
  const event: Action =
    type === 'Complete'
      ? { type: 'event', object: sync.job, eventType: 'Normal', reason: 'Completed', message: 'Job completed' }
      : { type: 'event', object: sync.job, eventType: 'Warning', reason: condition.reason ?? '', message: condition.message ?? '' };
  sync.actions.push(event);
}

export function jobStatus(sync: JobSync): Action[] {
  const { job, state } = sync;
  const status = omitEmpty(
    {
      conditions: sync.conditions,
      startTime: sync.startTime,
      completionTime: sync.completionTime ?? job.status?.completionTime,
      active: sync.active ?? state.active.length,
      succeeded: state.succeeded,
      failed: state.failed,
      completedIndexes: isIndexed(job) ? formatIndexes(state.succeededIndexes) : undefined,
      uncountedTerminatedPods: {},
      ready: state.ready - (sync.deletedReady ?? 0),
      terminating: state.terminating + (sync.deleted ?? 0),
    },
    ['ready', 'terminating'],
  );
  if (jsonEqual(status, job.status ?? {})) return [];
  return [{ type: 'patchStatus', object: statusPatch(job, status) }];
}
