/**
 * validateJobSpec of pkg/apis/batch/validation/validation.go (v1.32): the part shared by Jobs and
 * CronJob job templates. A template restartPolicy of Always (also what an absent one defaults to) gets
 * `Required value: valid values: "OnFailure", "Never"`.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { JobSpec } from '../schemas';
import { child } from './field-path';
import { invalidGo } from './go-errors';
import { validateNonnegative } from './object-meta';
import { validatePodFailurePolicy } from './pod-failure-policy';
import { validatePodTemplateSpec } from './pod';

const MAX_PARALLELISM_FOR_INDEXED_JOB = 100000;
const MAX_FAILED_INDEXES = 100000;

export function validateJobSpecFields(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex'] as const) {
    errs.push(...validateNonnegative(spec[f], child(path, f)));
  }
  if (spec.maxFailedIndexes !== undefined) {
    errs.push(...validateNonnegative(spec.maxFailedIndexes, child(path, 'maxFailedIndexes')));
    if (spec.backoffLimitPerIndex === undefined) errs.push(fieldError.required(child(path, 'backoffLimitPerIndex'), 'when maxFailedIndexes is specified'));
  }
  errs.push(...validateCompletionMode(spec, path));
  if (spec.podFailurePolicy) errs.push(...validatePodFailurePolicy(spec, child(path, 'podFailurePolicy')));
  if (spec.successPolicy && spec.completionMode !== 'Indexed') {
    errs.push(invalidGo(child(path, 'successPolicy'), 'batch.SuccessPolicy{...}', 'requires indexed completion mode'));
  }
  errs.push(...validatePodReplacementPolicy(spec, child(path, 'podReplacementPolicy')));
  errs.push(...validatePodTemplateSpec(spec.template, child(path, 'template')));
  return [...errs, ...validateJobRestartPolicy(spec, child(path, 'template', 'spec', 'restartPolicy'))];
}

function validateCompletionMode(spec: JobSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(fieldError.unsupported(child(path, 'completionMode'), mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed') {
    if (spec.completions === undefined) errs.push(fieldError.required(child(path, 'completions'), 'when completion mode is Indexed'));
    if ((spec.parallelism ?? 0) > MAX_PARALLELISM_FOR_INDEXED_JOB) {
      errs.push(fieldError.invalid(child(path, 'parallelism'), spec.parallelism, `must be less than or equal to ${MAX_PARALLELISM_FOR_INDEXED_JOB} when completion mode is Indexed`));
    }
    if (spec.completions !== undefined && spec.maxFailedIndexes !== undefined && spec.maxFailedIndexes > spec.completions) {
      errs.push(fieldError.invalid(child(path, 'maxFailedIndexes'), spec.maxFailedIndexes, 'must be less than or equal to completions'));
    }
    if ((spec.maxFailedIndexes ?? 0) > MAX_FAILED_INDEXES) {
      errs.push(fieldError.invalid(child(path, 'maxFailedIndexes'), spec.maxFailedIndexes, `must be less than or equal to ${MAX_FAILED_INDEXES}`));
    }
  } else {
    if (spec.backoffLimitPerIndex !== undefined) errs.push(fieldError.invalid(child(path, 'backoffLimitPerIndex'), spec.backoffLimitPerIndex, 'requires indexed completion mode'));
    if (spec.maxFailedIndexes !== undefined) errs.push(fieldError.invalid(child(path, 'maxFailedIndexes'), spec.maxFailedIndexes, 'requires indexed completion mode'));
  }
  return errs;
}

function validatePodReplacementPolicy(spec: JobSpec, path: string): FieldError[] {
  const policy = spec.podReplacementPolicy;
  if (policy === undefined) return [];
  if (spec.podFailurePolicy) return policy === 'Failed' ? [] : [fieldError.unsupported(path, policy, ['Failed'])];
  return policy === 'Failed' || policy === 'TerminatingOrFailed' ? [] : [fieldError.unsupported(path, policy, ['Failed', 'TerminatingOrFailed'])];
}

function validateJobRestartPolicy(spec: JobSpec, path: string): FieldError[] {
  const policy = spec.template?.spec?.restartPolicy ?? 'Always';
  if (policy === 'Always' || policy === '') return [fieldError.required(path, 'valid values: "OnFailure", "Never"')];
  if (policy !== 'OnFailure' && policy !== 'Never') return [fieldError.unsupported(path, policy, ['OnFailure', 'Never'])];
  if (spec.podFailurePolicy && policy !== 'Never') return [fieldError.invalid(path, policy, 'only "Never" is supported when podFailurePolicy is specified')];
  return [];
}
