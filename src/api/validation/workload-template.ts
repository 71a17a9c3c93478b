/**
 * The pod-template checks every controller shares: ValidatePodTemplateSpecForReplicaSet (apps) and
 * ValidatePodTemplateSpecForRC (core): the selector must select the template's labels, the template must
 * validate, its restartPolicy must be Always and it may not set activeDeadlineSeconds.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { PodTemplateSpec } from '../schemas';
import { invalidGo } from './go-errors';
import { goStringMap } from './go-value';
import { child } from './field-path';
import { validatePodTemplateSpec } from './pod';

export const SELECTOR_MISMATCH = '`selector` does not match template `labels`';

/** `spec.template.metadata.labels: Invalid value: map[string]string{...}: ` + SELECTOR_MISMATCH. */
export function selectorMismatch(template: PodTemplateSpec | undefined, path: string): FieldError {
  return invalidGo(child(path, 'metadata', 'labels'), goStringMap(template?.metadata?.labels), SELECTOR_MISMATCH);
}

/** restartPolicy and activeDeadlineSeconds rules; `kind` names the controller in the Forbidden message. */
export function validateAlwaysRestartTemplate(template: PodTemplateSpec | undefined, path: string, kind: string): FieldError[] {
  const errs: FieldError[] = [];
  // SetDefaults_PodSpec makes an absent restartPolicy Always.
  const policy = template?.spec?.restartPolicy ?? 'Always';
  if (policy !== 'Always') errs.push(fieldError.unsupported(child(path, 'spec', 'restartPolicy'), policy, ['Always']));
  if (template?.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(fieldError.forbidden(child(path, 'spec', 'activeDeadlineSeconds'), `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return errs;
}

/** ValidatePodTemplateSpecForReplicaSet, used by ReplicaSet and Deployment. */
export function validateTemplateForReplicaSet(template: PodTemplateSpec | undefined, selectorMatchesTemplate: boolean | undefined, path: string, kind: string): FieldError[] {
  if (!template) return [fieldError.required(path)];
  const errs: FieldError[] = [];
  if (selectorMatchesTemplate === false) errs.push(selectorMismatch(template, path));
  return [...errs, ...validatePodTemplateSpec(template, path), ...validateAlwaysRestartTemplate(template, path, kind)];
}
