/**
 * CronJob: ValidateCronJobCreate / ValidateCronJobUpdate of pkg/apis/batch/validation (v1.32): schedule
 * (robfig ParseStandard, no TZ= prefix in new schedules), IANA timeZone, concurrency policy, the job
 * template (whose selector is always generated) and, on create only, a name of at most 52 characters.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { CronJob } from '../schemas';
import { cronScheduleError } from './cron-schedule';
import { invalidGo } from './go-errors';
import { goLabelSelector } from './go-value';
import { validateJobSpecFields } from './job-spec';
import { nameIsDNSSubdomain, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { loadLocationError } from './time-zone';

type Spec = NonNullable<CronJob['spec']>;
const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'];
// IANA naming rules; digits and '+' are tolerated for legacy names.
const VALID_TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

function validateSchedule(spec: Spec, old: Spec | undefined): FieldError[] {
  const schedule = spec.schedule ?? '';
  if (!schedule) return [fieldError.required('spec.schedule')];
  const errs: FieldError[] = [];
  const parseError = cronScheduleError(schedule);
  if (parseError) errs.push(fieldError.invalid('spec.schedule', schedule, parseError));
  const allowTZ = (old?.schedule ?? '').includes('TZ');
  if (allowTZ && schedule.includes('TZ') && spec.timeZone !== undefined) {
    errs.push(fieldError.invalid('spec.schedule', schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZ && schedule.includes('TZ')) {
    errs.push(fieldError.invalid('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return errs;
}

function validateTimeZone(timeZone: string | undefined): FieldError[] {
  if (timeZone === undefined) return [];
  const path = 'spec.timeZone';
  if (timeZone === '') return [fieldError.invalid(path, timeZone, 'timeZone must be nil or non-empty string')];
  if (timeZone.split('/').some((part) => part === '.' || part === '..' || part.startsWith('-') || !VALID_TIME_ZONE_PART.test(part))) {
    return [fieldError.invalid(path, timeZone, `unknown time zone ${timeZone}`)];
  }
  const errs: FieldError[] = [];
  if (timeZone.toLowerCase() === 'local') errs.push(fieldError.invalid(path, timeZone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  const loadError = loadLocationError(timeZone);
  if (loadError) errs.push(fieldError.invalid(path, timeZone, loadError));
  return errs;
}

function validateCronJobSpec(spec: Spec, old: Spec | undefined): FieldError[] {
  const errs = validateSchedule(spec, old);
  errs.push(...validateNonnegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  if (!old || old.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone));
  if (spec.concurrencyPolicy && !CONCURRENCY_POLICIES.includes(spec.concurrencyPolicy)) {
    errs.push(fieldError.unsupported('spec.concurrencyPolicy', spec.concurrencyPolicy, CONCURRENCY_POLICIES));
  }
  const jobSpec = spec.jobTemplate?.spec ?? {};
  errs.push(...validateJobSpecFields(jobSpec, 'spec.jobTemplate.spec'));
  if (jobSpec.selector) errs.push(invalidGo('spec.jobTemplate.spec.selector', goLabelSelector(jobSpec.selector), '`selector` will be auto-generated'));
  if (jobSpec.manualSelector === true) errs.push(fieldError.unsupported('spec.jobTemplate.spec.manualSelector', true, ['nil', 'false']));
  errs.push(...validateNonnegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  return [...errs, ...validateNonnegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit')];
}

export function validateCronJobCreate(cj: CronJob): FieldError[] {
  const errs = [...validateObjectMeta(cj.metadata, true, nameIsDNSSubdomain), ...validateCronJobSpec(cj.spec ?? {}, undefined)];
  // The controller appends an 11-character `-<timestamp>` to Job names, which may be 63 long.
  if ((cj.metadata.name ?? '').length > 52) errs.push(fieldError.invalid('metadata.name', cj.metadata.name, 'must be no more than 52 characters'));
  return errs;
}

export function validateCronJobUpdate(cj: CronJob, old: CronJob): FieldError[] {
  return [...validateObjectMetaUpdate(cj.metadata, old.metadata), ...validateCronJobSpec(cj.spec ?? {}, old.spec ?? {})];
}
