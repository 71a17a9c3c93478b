/**
 * Which scheduled time a CronJob sync acts on (pkg/controller/cronjob/utils.go mostRecentScheduleTime,
 * nextScheduleTime, nextScheduleTimeDuration). Only the most recent missed time is run. The count of missed
 * times is Kubernetes' rough estimate (elapsed / interval between the first two times), and above 100 it
 * raises TooManyMissedTimes — the v2 controller still starts the latest one.
 * Worked example: `*\/1 * * * *`, last run 10:00, now 12:00:30 → t1 10:01, interval 60s,
 * missed = floor(7170 / 60) + 1 = 120 > 100, most recent = 10:01 + 119 min = 12:00.
 */
import { parseRFC3339 } from '../../clock';
import type { CronJob } from '../../api/schemas';
import type { Schedule } from './schedule';

export type Missed = 'none' | 'few' | 'many';

/** nextScheduleDelta: the controller wakes 100ms after each scheduled time. */
export const NEXT_SCHEDULE_DELTA_MS = 100;

export interface MostRecent {
  earliest: number;
  mostRecent?: number;
  missed: Missed;
}

export function mostRecentScheduleTime(cj: CronJob, now: number, schedule: Schedule, includeStartingDeadline: boolean): MostRecent {
  let earliest = parseRFC3339(cj.status?.lastScheduleTime ?? cj.metadata.creationTimestamp ?? '');
  const deadlineSeconds = cj.spec?.startingDeadlineSeconds;
  if (includeStartingDeadline && deadlineSeconds !== undefined && deadlineSeconds !== null) earliest = Math.max(earliest, now - deadlineSeconds * 1000);
  const t1 = schedule.next(earliest);
  const t2 = schedule.next(t1);
  if (now < t1) return { earliest, missed: 'none' };
  if (now < t2) return { earliest, mostRecent: t1, missed: 'none' };
  const interval = Math.round((t2 - t1) / 1000);
  if (interval < 1) throw new Error('time difference between two schedules is less than 1 second');
  const count = Math.floor(Math.floor((now - t1) / 1000) / interval) + 1;
  const approximate = t1 + (count - 1) * interval * 1000;
  return { earliest, mostRecent: schedule.latestAtOrBefore(now) ?? walkForward(schedule, approximate, now), missed: count > 100 ? 'many' : 'few' };
}

/** For schedules without a `prev` (`@every`), step forward from the estimate. */
function walkForward(schedule: Schedule, from: number, now: number): number {
  let latest = from;
  for (let t = schedule.next(from); t <= now; t = schedule.next(t)) latest = t;
  return latest;
}

/** How long until the sync after the next scheduled time (nextScheduleTimeDuration). */
export function nextScheduleDelay(cj: CronJob, now: number, schedule: Schedule): number {
  const { earliest, mostRecent } = mostRecentScheduleTime(cj, now, schedule, false);
  return schedule.next(mostRecent ?? earliest) + NEXT_SCHEDULE_DELTA_MS - now;
}
