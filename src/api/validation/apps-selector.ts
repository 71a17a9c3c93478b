/**
 * The selector half of ValidateReplicaSetSpec / ValidateDeploymentSpec (pkg/apis/apps/validation): a
 * selector is required and may not be empty, and LabelSelectorAsSelector decides how the template is
 * checked. A nil selector selects nothing, so the template labels are also reported as not matching;
 * an empty one selects everything and skips that check.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { PodTemplateSpec } from '../schemas';
import { child } from './field-path';
import { invalidGo } from './go-errors';
import { goLabelSelector } from './go-value';
import { isEmptySelector, isSelectorConvertible, selectorMatches, validateLabelSelector, type LabelSelector } from './label-selector';
import { validateTemplateForReplicaSet } from './workload-template';

export function validateSelectorAndTemplate(
  selector: LabelSelector | undefined,
  template: PodTemplateSpec | undefined,
  path: string,
  emptyMessage: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const selectorPath = child(path, 'selector');
  if (!selector) errs.push(fieldError.required(selectorPath));
  else {
    errs.push(...validateLabelSelector(selector, selectorPath));
    if (isEmptySelector(selector)) errs.push(invalidGo(selectorPath, goLabelSelector(selector), emptyMessage));
  }
  if (!isSelectorConvertible(selector)) return [...errs, invalidGo(selectorPath, goLabelSelector(selector), 'invalid label selector')];
  const matches = selector && isEmptySelector(selector) ? undefined : selectorMatches(selector, template?.metadata?.labels);
  return [...errs, ...validateTemplateForReplicaSet(template, matches, child(path, 'template'), 'ReplicaSet')];
}
