/** The CronJob controller: reconcile, schedule (cron-parser), schedule-times, job-from-template, history. */
export { cronJobController } from './reconcile';
export { parseSchedule, type Schedule } from './schedule';
export { jobName, rfc3339InZone, SCHEDULED_TIMESTAMP } from './job-from-template';
