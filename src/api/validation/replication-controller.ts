/**
 * ReplicationController: ValidateReplicationController / ValidateReplicationControllerSpec and
 * ValidatePodTemplateSpecForRC of pkg/apis/core/validation (v1.32). The map selector must be non-empty
 * (SetDefaults_ReplicationController copies the template labels into an empty one) and may change on
 * update: core/v1 has no selector-immutability rule.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { ReplicationController } from '../schemas';
import { mapSelectorMatches } from './label-selector';
import { nameIsDNSSubdomain, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { validatePodTemplateSpec } from './pod';
import { selectorMismatch, validateAlwaysRestartTemplate } from './workload-template';

function validateSpec(rc: ReplicationController): FieldError[] {
  const spec = rc.spec ?? {};
  const selector = spec.selector ?? {};
  const errs = validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds');
  if (Object.keys(selector).length === 0) errs.push(fieldError.required('spec.selector'));
  errs.push(...validateNonnegative(spec.replicas, 'spec.replicas'));
  if (!spec.template) return [...errs, fieldError.required('spec.template')];
  if (Object.keys(selector).length > 0 && !mapSelectorMatches(selector, spec.template.metadata?.labels)) errs.push(selectorMismatch(spec.template, 'spec.template'));
  return [...errs, ...validatePodTemplateSpec(spec.template, 'spec.template'), ...validateAlwaysRestartTemplate(spec.template, 'spec.template', 'ReplicationController')];
}

export function validateReplicationControllerCreate(rc: ReplicationController): FieldError[] {
  return [...validateObjectMeta(rc.metadata, true, nameIsDNSSubdomain), ...validateSpec(rc)];
}

export function validateReplicationControllerUpdate(rc: ReplicationController, old: ReplicationController): FieldError[] {
  return [...validateObjectMetaUpdate(rc.metadata, old.metadata), ...validateSpec(rc)];
}
