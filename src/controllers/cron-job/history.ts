/**
 * cleanupFinishedJobs (cronjob_controllerv2.go): finished Jobs beyond successfulJobsHistoryLimit and
 * failedJobsHistoryLimit are deleted oldest-startTime first, with Background propagation.
 */
import { parseRFC3339 } from '../../clock';
import type { StoredObject } from '../../api';
import type { CronJob, Job } from '../../api/schemas';
import type { Action } from '../controller';
import { findCondition, type JobCondition } from '../job';

export function finishedStatus(job: Job): 'Complete' | 'Failed' | undefined {
  const conditions = (job.status?.conditions ?? []) as JobCondition[];
  if (findCondition(conditions, 'Complete')?.status === 'True') return 'Complete';
  if (findCondition(conditions, 'Failed')?.status === 'True') return 'Failed';
  return undefined;
}

export function cleanupFinishedJobs(cj: StoredObject<CronJob>, jobs: readonly StoredObject<Job>[]): Action[] {
  const succeeded = jobs.filter((j) => finishedStatus(j) === 'Complete');
  const failed = jobs.filter((j) => finishedStatus(j) === 'Failed');
  return [...removeOldest(cj, succeeded, cj.spec?.successfulJobsHistoryLimit), ...removeOldest(cj, failed, cj.spec?.failedJobsHistoryLimit)];
}

function removeOldest(cj: StoredObject<CronJob>, jobs: StoredObject<Job>[], limit: number | undefined): Action[] {
  if (limit === undefined || limit === null || jobs.length <= limit) return [];
  const byStartTime = [...jobs].sort((a, b) => startTime(a) - startTime(b) || (a.metadata.name < b.metadata.name ? -1 : 1));
  return byStartTime.slice(0, jobs.length - limit).flatMap((job) => deleteJob(cj, job));
}

/** deleteJob: Background deletion and the SuccessfulDelete event. */
export function deleteJob(cj: StoredObject<CronJob>, job: StoredObject): Action[] {
  return [{ type: 'delete', object: job, owner: cj, propagationPolicy: 'Background', successEvent: { reason: 'SuccessfulDelete', messagePrefix: 'Deleted job ' } }];
}

function startTime(job: Job): number {
  return job.status?.startTime ? parseRFC3339(job.status.startTime) : Number.POSITIVE_INFINITY;
}
