/**
 * Defaults of the batch/v1 kinds (pkg/apis/batch/v1/defaults.go SetDefaults_Job and SetDefaults_CronJob,
 * v1.32 with JobPodReplacementPolicy on), and the Job selector that pkg/registry/batch/job/strategy.go
 * generates on create. Each default function mutates the copy that applyDefaults made.
 */
import type { CronJob, Job, JobSpec } from '../schemas';
import { defaultPodTemplateSpec } from './pod-spec';

const MAX_INT32 = 2 ** 31 - 1;

export function defaultJob(job: Job): void {
  const spec = (job.spec ??= {});
  defaultJobSpec(spec);
  const labels = spec.template?.metadata?.labels;
  if (labels && Object.keys(job.metadata.labels ?? {}).length === 0) job.metadata.labels = { ...labels };
}

/**
 * The Job as create stores and returns it: its generated selector, then SetDefaults_Job's label copy once more,
 * because the apiserver defaults the object again when it reads it back from storage. So a Job created without
 * labels (the docs' pi Job) carries the template's generated labels, as `kubectl describe job pi` shows them.
 */
export function prepareJobForCreate(job: Job): Job {
  const prepared = generateJobSelector(job);
  const labels = prepared.spec?.template?.metadata?.labels;
  if (!labels || Object.keys(prepared.metadata.labels ?? {}).length > 0) return prepared;
  return { ...prepared, metadata: { ...prepared.metadata, labels: { ...labels } } };
}

function defaultJobSpec(spec: JobSpec): void {
  if (spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? MAX_INT32 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.manualSelector ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const pattern of rule.onPodConditions ?? []) pattern.status ||= 'True';
  }
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  defaultPodTemplateSpec((spec.template ??= {}));
}

export function defaultCronJob(cronJob: CronJob): void {
  const spec = (cronJob.spec ??= {});
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobTemplate = (spec.jobTemplate ??= {});
  // The template's Job spec gets the JobSpec and PodSpec defaults, but not the Job-level label copy.
  jobTemplate.metadata ??= {};
  if (!('creationTimestamp' in jobTemplate.metadata)) (jobTemplate.metadata as Record<string, unknown>).creationTimestamp = null;
  defaultJobSpec((jobTemplate.spec ??= {}));
}

/**
 * generateSelector (pkg/registry/batch/job/strategy.go), run on create unless `manualSelector` is true:
 * the template gets `job-name`, `batch.kubernetes.io/job-name`, `controller-uid` and
 * `batch.kubernetes.io/controller-uid` (user-set values are kept), and the selector matches the new uid label.
 * Needs the uid the store assigned; returns a new Job.
 */
export function generateJobSelector(job: Job): Job {
  if (job.spec?.manualSelector) return job;
  const name = job.metadata.name ?? '';
  const uid = job.metadata.uid ?? '';
  const template = job.spec?.template ?? {};
  const labels = {
    ...template.metadata?.labels,
    'job-name': template.metadata?.labels?.['job-name'] ?? name,
    'batch.kubernetes.io/job-name': template.metadata?.labels?.['batch.kubernetes.io/job-name'] ?? name,
    'controller-uid': template.metadata?.labels?.['controller-uid'] ?? uid,
    'batch.kubernetes.io/controller-uid': template.metadata?.labels?.['batch.kubernetes.io/controller-uid'] ?? uid,
  };
  const matchLabels = { ...job.spec?.selector?.matchLabels };
  matchLabels['batch.kubernetes.io/controller-uid'] ??= uid;
  return {
    ...job,
    spec: {
      ...job.spec,
      selector: { ...job.spec?.selector, matchLabels },
      template: { ...template, metadata: { ...template.metadata, labels } },
    },
  };
}
