/**
 * ReplicaSet: ValidateReplicaSet / ValidateReplicaSetUpdate (pkg/apis/apps/validation) and the apps/v1
 * selector immutability of pkg/registry/apps/replicaset/strategy.go ValidateUpdate. Its empty-selector
 * message says "deployment": that is Go's wording.
 */
import type { FieldError } from '../api-error';
import type { ReplicaSet } from '../schemas';
import { validateSelectorAndTemplate } from './apps-selector';
import { immutableSelector } from './immutable-selector';
import { nameIsDNSSubdomain, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';

function validateReplicaSetSpec(rs: ReplicaSet): FieldError[] {
  const spec = rs.spec ?? {};
  return [
    ...validateNonnegative(spec.replicas, 'spec.replicas'),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec.selector, spec.template, 'spec', 'empty selector is invalid for deployment'),
  ];
}

export function validateReplicaSetCreate(rs: ReplicaSet): FieldError[] {
  return [...validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain), ...validateReplicaSetSpec(rs)];
}

export function validateReplicaSetUpdate(rs: ReplicaSet, old: ReplicaSet): FieldError[] {
  return [...validateObjectMetaUpdate(rs.metadata, old.metadata), ...validateReplicaSetSpec(rs), ...immutableSelector(rs.spec?.selector, old.spec?.selector)];
}
