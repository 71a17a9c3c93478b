/**
 * apps/v1 strategies (Deployment, ReplicaSet, DaemonSet) add, after validation, an immutability check on
 * `spec.selector` (pkg/registry/apps/{deployment,replicaset,daemonset}/strategy.go ValidateUpdate, ValidateImmutableField):
 * `spec.selector: Invalid value: v1.LabelSelector{...}: field is immutable`.
 */
import type { FieldError } from '../api-error';
import { invalidGo } from './go-errors';
import { goLabelSelector } from './go-value';
import type { LabelSelector } from './label-selector';
import { deepEqual, FIELD_IMMUTABLE_ERROR_MSG } from './object-meta';

export function immutableSelector(selector: LabelSelector | undefined, old: LabelSelector | undefined, path = 'spec.selector'): FieldError[] {
  if (deepEqual(selector, old)) return [];
  return [invalidGo(path, selector ? goLabelSelector(selector) : 'null', FIELD_IMMUTABLE_ERROR_MSG)];
}
