/**
 * Job: ValidateJob / ValidateJobUpdate of pkg/apis/batch/validation (v1.32) with the options of
 * pkg/registry/batch/job/strategy.go (ElasticIndexedJob on, prefixed labels required for new Jobs,
 * scheduling directives mutable only while suspended and never started). Selector generation itself
 * belongs to defaulting (the strategy's PrepareForCreate); this checks its result.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Job, JobSpec, PodTemplateSpec } from '../schemas';
import { invalidGo } from './go-errors';
import { goLabelSelector, goStringMap } from './go-value';
import { immutableSelector } from './immutable-selector';
import { isSelectorConvertible, selectorMatches, validateLabelSelector } from './label-selector';
import { deepEqual, FIELD_IMMUTABLE_ERROR_MSG, nameIsDNSSubdomain, validateImmutable, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { isDNS1123Label } from './string-formats';
import { validateJobSpecFields } from './job-spec';
import { selectorMismatch } from './workload-template';

const LEGACY_UID_LABEL = 'controller-uid';
const LEGACY_NAME_LABEL = 'job-name';
const UID_LABEL = 'batch.kubernetes.io/controller-uid';
const NAME_LABEL = 'batch.kubernetes.io/job-name';

/** ValidateJobSpec: the shared fields, then a required selector that must select the template. */
function validateJobSpec(spec: JobSpec): FieldError[] {
  const errs = validateJobSpecFields(spec, 'spec');
  if (!spec.selector) errs.push(fieldError.required('spec.selector'));
  else errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  if (isSelectorConvertible(spec.selector) && !selectorMatches(spec.selector, spec.template?.metadata?.labels)) errs.push(selectorMismatch(spec.template, 'spec.template'));
  return errs;
}

/** validateGeneratedSelector: unless manualSelector, the template must carry the generated labels. */
function validateGeneratedSelector(job: Job, requirePrefixedLabels: boolean): FieldError[] {
  const spec = job.spec ?? {};
  if (spec.manualSelector === true || !spec.selector) return [];
  const uid = job.metadata.uid ?? '';
  const name = job.metadata.name ?? '';
  const errs = uid ? [] : [fieldError.required('metadata.uid')];
  const expected: Record<string, string> = {};
  const wanted: [string, string][] = [[LEGACY_UID_LABEL, uid], [LEGACY_NAME_LABEL, name]];
  if (requirePrefixedLabels) wanted.push([UID_LABEL, uid], [NAME_LABEL, name]);
  for (const [label, value] of wanted) {
    errs.push(...validateHasLabel(spec.template, label, value));
    expected[label] = value;
  }
  if (isSelectorConvertible(spec.selector) && !selectorMatches(spec.selector, expected)) {
    errs.push(invalidGo('spec.selector', goLabelSelector(spec.selector), '`selector` not auto-generated'));
  }
  return errs;
}

function validateHasLabel(template: PodTemplateSpec | undefined, label: string, expected: string): FieldError[] {
  const labels = template?.metadata?.labels;
  const path = `spec.template.metadata.labels[${label}]`;
  if (labels?.[label] === undefined) return [fieldError.required(path, `must be '${expected}'`)];
  return labels[label] === expected ? [] : [invalidGo(path, goStringMap(labels), `must be '${expected}'`)];
}

export function validateJobCreate(job: Job): FieldError[] {
  return validateJob(job, true);
}

/** ValidateJob. */
function validateJob(job: Job, requirePrefixedLabels: boolean): FieldError[] {
  const errs = [...validateObjectMeta(job.metadata, true, nameIsDNSSubdomain), ...validateGeneratedSelector(job, requirePrefixedLabels), ...validateJobSpec(job.spec ?? {})];
  const completions = job.spec?.completions ?? 0;
  if (job.spec?.completionMode === 'Indexed' && completions > 0) {
    // The controller names pods `<job>-<index>`; the highest index must still make a DNS label.
    const hostname = `${job.metadata.name ?? ''}-${completions - 1}`;
    if (isDNS1123Label(hostname).length > 0) errs.push(fieldError.invalid('metadata.name', job.metadata.name, `will not able to create pod with invalid DNS label: ${hostname}`));
  }
  return errs;
}

/**
 * The strategy's ValidateUpdate runs ValidateJob and then ValidateJobUpdate, so spec errors appear twice
 * and are merged by the aggregate, as in Go.
 */
export function validateJobUpdate(job: Job, old: Job): FieldError[] {
  const spec = job.spec ?? {};
  const oldSpec = old.spec ?? {};
  const oldLabels = oldSpec.template?.metadata?.labels ?? {};
  const requirePrefixed = NAME_LABEL in oldLabels && UID_LABEL in oldLabels;
  const errs = [...validateJob(job, requirePrefixed), ...validateObjectMetaUpdate(job.metadata, old.metadata), ...validateJobSpec(spec)];
  errs.push(...validateCompletionsUpdate(spec, oldSpec));
  errs.push(...immutableSelector(spec.selector, oldSpec.selector));
  errs.push(...validateTemplateUpdate(job, old));
  for (const f of ['completionMode', 'podFailurePolicy', 'backoffLimitPerIndex', 'managedBy', 'successPolicy'] as const) {
    errs.push(...immutableSpecField(spec[f], oldSpec[f], `spec.${f}`));
  }
  return errs;
}

/** Scalars print as themselves; the policy structs are abbreviated. */
function immutableSpecField(value: unknown, old: unknown, path: string): FieldError[] {
  if (deepEqual(value, old)) return [];
  if (typeof value === 'object' && value !== null) return [invalidGo(path, `&batch.${path.slice('spec.'.length)}{...}`, FIELD_IMMUTABLE_ERROR_MSG)];
  return validateImmutable(value ?? null, old ?? null, path);
}

/** validateCompletions with ElasticIndexedJob: Indexed Jobs may change completions together with parallelism. */
function validateCompletionsUpdate(spec: JobSpec, old: JobSpec): FieldError[] {
  if (deepEqual(spec.completions, old.completions)) return [];
  if (spec.completionMode !== 'Indexed') return validateImmutable(spec.completions ?? null, old.completions ?? null, 'spec.completions');
  if (spec.completions === undefined || spec.completions === spec.parallelism) return [];
  return [fieldError.invalid('spec.completions', spec.completions, 'can only be modified in tandem with spec.parallelism')];
}

/**
 * validatePodTemplateUpdate: the template is immutable, except node affinity, node selector, tolerations,
 * labels, annotations and scheduling gates while the Job is suspended and has never started. Go prints
 * the whole template struct as the bad value; kubespec abbreviates it.
 */
function validateTemplateUpdate(job: Job, old: Job): FieldError[] {
  const template = job.spec?.template ?? {};
  const oldTemplate = old.spec?.template ?? {};
  const mutable = old.spec?.suspend === true && (old.status as { startTime?: string } | undefined)?.startTime === undefined;
  const compareTo = mutable ? withSchedulingDirectives(oldTemplate, template) : oldTemplate;
  return deepEqual(template, compareTo) ? [] : [invalidGo('spec.template', 'core.PodTemplateSpec{...}', FIELD_IMMUTABLE_ERROR_MSG)];
}

function withSchedulingDirectives(old: PodTemplateSpec, current: PodTemplateSpec): PodTemplateSpec {
  const oldAffinity = old.spec?.affinity;
  const affinity = current.spec?.affinity
    ? { ...(oldAffinity ?? {}), nodeAffinity: current.spec.affinity.nodeAffinity }
    : oldAffinity && (oldAffinity.podAffinity || oldAffinity.podAntiAffinity)
      ? { ...oldAffinity, nodeAffinity: undefined }
      : undefined;
  return {
    ...old,
    metadata: { ...(old.metadata ?? {}), labels: current.metadata?.labels, annotations: current.metadata?.annotations },
    spec: { ...(old.spec ?? {}), affinity, nodeSelector: current.spec?.nodeSelector, tolerations: current.spec?.tolerations, schedulingGates: current.spec?.schedulingGates },
  };
}
