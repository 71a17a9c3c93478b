/**
 * The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob, v1.32): keeps
 * `status.active` in step with its Jobs, starts the Job for the most recent unmet scheduled time (unless
 * suspended, too late for startingDeadlineSeconds, already started, or forbidden by concurrencyPolicy),
 * prunes finished Jobs beyond the history limits, and requeues itself 100ms after the next scheduled time.
 * Simplification: a pure reconcile cannot know the uid of a Job it is creating, so the Job joins
 * `status.active` on the sync its creation triggers (it is recognised by its name for lastScheduleTime)
 * rather than in the same status write.
 */
import { controllerRefOf, objectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../../api';
import { toRFC3339 } from '../../clock';
import type { CronJob, Job } from '../../api/schemas';
import type { Action, Controller, ControllerContext } from '../controller';
import { cleanupFinishedJobs, deleteJob, finishedStatus } from './history';
import { jobFromTemplate, jobName } from './job-from-template';
import { parseSchedule, type Schedule } from './schedule';
import { mostRecentScheduleTime, nextScheduleDelay } from './schedule-times';
import { CronJobSync } from './cron-job-sync';

export const cronJobController: Controller = {
  name: 'cronjob-controller',
  watches: [
    { kind: 'CronJob', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('CronJob', e.object.metadata.namespace, e.object.metadata.name)) },
    { kind: 'Job', toKeys: jobOwnerKeys },
  ],
  reconcile: syncCronJob,
};

function jobOwnerKeys(event: WatchEvent): ObjectKey[] {
  const ref = controllerRefOf(event.object);
  return ref?.kind === 'CronJob' ? [objectKey('CronJob', event.object.metadata.namespace, ref.name)] : [];
}

function syncCronJob(key: ObjectKey, context: ControllerContext): Action[] {
  const cj = context.store.getByKey(key) as StoredObject<CronJob> | undefined;
  if (!cj) return [];
  const jobs = context.store.dependents(cj.metadata.uid).filter((o): o is StoredObject<Job> => o.kind === 'Job' && controllerRefOf(o)?.uid === cj.metadata.uid);
  const sync = new CronJobSync(cj, context.now);
  reconcileActive(sync, jobs);
  if (!cj.metadata.deletionTimestamp && !cj.spec?.suspend) schedule(sync, context);
  return [...sync.actions, ...cleanupFinishedJobs(cj, jobs), ...sync.statusActions(key)];
}

/** The first half of syncCronJob: the active list against the Jobs that exist. */
function reconcileActive(sync: CronJobSync, jobs: readonly StoredObject<Job>[]): void {
  for (const job of jobs) {
    const found = sync.isActive(job.metadata.uid);
    const finished = finishedStatus(job);
    if (!found && !finished) {
      if (sync.isJustCreated(job)) sync.addActive(job);
      else sync.event('Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${job.metadata.name}`);
    } else if (found && finished) {
      sync.removeActive(job.metadata.uid);
      sync.event('Normal', 'SawCompletedJob', `Saw completed job: ${job.metadata.name}, status: ${finished}`);
    }
    if (finished === 'Complete' && job.status?.completionTime) sync.sawSuccess(job.status.completionTime);
  }
  const existing = new Set(jobs.map((j) => j.metadata.uid));
  for (const ref of sync.active()) {
    if (existing.has(ref.uid ?? '')) continue;
    sync.event('Normal', 'MissingJob', `Active job went missing: ${ref.name}`);
    sync.removeActive(ref.uid ?? '');
  }
}

/** The second half: start the Job for the most recent unmet time, if allowed, and requeue. */
function schedule(sync: CronJobSync, context: ControllerContext): void {
  const { cj, now } = sync;
  let sched: Schedule;
  try {
    sched = parseSchedule(cj.spec?.schedule ?? '', cj.spec?.timeZone);
  } catch (error) {
    sync.event('Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec?.schedule}" : ${(error as Error).message}`);
    return;
  }
  const { mostRecent, missed } = mostRecentScheduleTime(sync.effective(), now, sched, true);
  if (mostRecent === undefined || mostRecent > now) return sync.requeueAfter(nextScheduleDelay(sync.effective(), now, sched));
  if (missed === 'many') sync.event('Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
  if (startJob(sync, context, mostRecent)) sync.setLastScheduleTime(mostRecent);
  sync.requeueAfter(nextScheduleDelay(sync.effective(), now, sched));
}

function startJob(sync: CronJobSync, context: ControllerContext, scheduledTime: number): boolean {
  const { cj, now } = sync;
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (deadline !== undefined && deadline !== null && scheduledTime + deadline * 1000 < now) {
    sync.event('Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduledTime)}`);
    return false;
  }
  const name = jobName(cj, scheduledTime);
  if (sync.active().some((r) => r.name === name) || cj.status?.lastScheduleTime === toRFC3339(scheduledTime)) return false;
  if (cj.spec?.concurrencyPolicy === 'Forbid' && sync.active().length > 0) {
    sync.event('Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
    return false;
  }
  if (cj.spec?.concurrencyPolicy === 'Replace') replaceActive(sync, context);
  if (context.store.get('Job', cj.metadata.namespace, name)) return false;
  sync.actions.push({ type: 'create', object: jobFromTemplate(cj, scheduledTime), owner: cj, successEvent: { reason: 'SuccessfulCreate', messagePrefix: 'Created job ' } });
  return true;
}

function replaceActive(sync: CronJobSync, context: ControllerContext): void {
  for (const ref of sync.active()) {
    const job = context.store.get('Job', ref.namespace ?? sync.cj.metadata.namespace, ref.name ?? '');
    if (job) sync.actions.push(...deleteJob(sync.cj, job));
    sync.removeActive(ref.uid ?? '');
  }
}

/** Go's RFC1123Z in UTC: `Mon, 02 Jan 2006 15:04:05 -0700`. */
export function rfc1123z(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

