/**
 * The working state of one CronJob sync: a copy of its status (active references, lastScheduleTime,
 * lastSuccessfulTime), the events and writes so far, and one status patch at the end.
 */
import { type EventType, type ObjectKey, type StoredObject } from '../../api';
import { parseRFC3339, toRFC3339 } from '../../clock';
import type { CronJob } from '../../api/schemas';
import type { Action } from '../controller';
import { jobName } from './job-from-template';
import { jsonEqual } from '../../api';
import { statusPatch } from '../status-patch';

export interface JobReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
}

type CronJobStatus = NonNullable<CronJob['status']>;

export class CronJobSync {
  readonly actions: Action[] = [];
  private readonly status: CronJobStatus;
  private requeueMs: number | undefined;

  constructor(
    readonly cj: StoredObject<CronJob>,
    readonly now: number,
  ) {
    // A shallow copy: the sync replaces fields (the active list included), never edits stored ones in place.
    this.status = { ...cj.status };
  }

  /** The CronJob as this sync has it so far (for the schedule arithmetic). */
  effective(): CronJob {
    return { ...this.cj, status: this.status };
  }

  active(): JobReference[] {
    return (this.status.active ?? []) as JobReference[];
  }

  isActive(uid: string): boolean {
    return this.active().some((r) => r.uid === uid);
  }

  /** The Job this controller created for lastScheduleTime, which the creating sync could not list yet. */
  isJustCreated(job: StoredObject): boolean {
    const last = this.status.lastScheduleTime;
    return last !== undefined && job.metadata.name === jobName(this.cj, parseRFC3339(last)) && !job.metadata.annotations?.['cronjob.kubernetes.io/instantiate'];
  }

  addActive(job: StoredObject): void {
    const ref = { apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name, namespace: job.metadata.namespace, uid: job.metadata.uid, resourceVersion: job.metadata.resourceVersion };
    this.status.active = [...(this.status.active ?? []), ref] as CronJobStatus['active'];
  }

  removeActive(uid: string): void {
    const remaining = this.active().filter((r) => r.uid !== uid);
    this.status.active = (remaining.length > 0 ? remaining : undefined) as CronJobStatus['active'];
  }

  sawSuccess(completionTime: string): void {
    const last = this.status.lastSuccessfulTime;
    if (!last || parseRFC3339(completionTime) > parseRFC3339(last)) this.status.lastSuccessfulTime = completionTime;
  }

  setLastScheduleTime(ms: number): void {
    this.status.lastScheduleTime = toRFC3339(ms);
  }

  event(eventType: EventType, reason: string, message: string): void {
    this.actions.push({ type: 'event', object: this.cj, eventType, reason, message });
  }

  requeueAfter(ms: number): void {
    this.requeueMs = ms;
  }

  statusActions(key: ObjectKey): Action[] {
    const out: Action[] = [];
    if (!jsonEqual(this.status, this.cj.status ?? {})) {
      out.push({ type: 'patchStatus', object: statusPatch(this.cj, this.status) });
    }
    if (this.requeueMs !== undefined) out.push({ type: 'requeueAfter', key, ms: this.requeueMs });
    return out;
  }
}
