/**
 * metav1.LabelSelector validation (apimachinery/pkg/apis/meta/v1/validation ValidateLabelSelector) and
 * the LabelSelectorAsSelector semantics workload validation relies on: a nil selector matches nothing,
 * an empty one everything, and an unknown operator makes the conversion fail.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import { child, index } from './field-path';
import { validateLabelName, validateLabels } from './object-meta';
import { isValidLabelValue } from './string-formats';

export interface LabelSelector {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: Array<{ key?: string; operator?: string; values?: string[] | null }> | null;
}

export function validateLabelSelector(selector: LabelSelector | null | undefined, path: string): FieldError[] {
  if (!selector) return [];
  const errs = validateLabels(selector.matchLabels, child(path, 'matchLabels'));
  (selector.matchExpressions ?? []).forEach((expr, i) => errs.push(...validateRequirement(expr, index(child(path, 'matchExpressions'), i))));
  return errs;
}

function validateRequirement(expr: { key?: string; operator?: string; values?: string[] | null }, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const values = expr.values ?? [];
  switch (expr.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(fieldError.required(child(path, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(fieldError.forbidden(child(path, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    default:
      errs.push(fieldError.invalid(child(path, 'operator'), expr.operator ?? '', 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(expr.key ?? '', child(path, 'key')));
  values.forEach((v, i) => errs.push(...isValidLabelValue(v).map((msg) => fieldError.invalid(index(child(path, 'values'), i), v, msg))));
  return errs;
}

/** True when LabelSelectorAsSelector would fail (an operator it does not know). */
export function isSelectorConvertible(selector: LabelSelector | null | undefined): boolean {
  return (selector?.matchExpressions ?? []).every((e) => ['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e.operator ?? ''));
}

export function isEmptySelector(selector: LabelSelector | null | undefined): boolean {
  return Object.keys(selector?.matchLabels ?? {}).length + (selector?.matchExpressions ?? []).length === 0;
}

/** selector.Matches(labels.Set(labels)); a nil selector matches nothing. */
export function selectorMatches(selector: LabelSelector | null | undefined, labels: Readonly<Record<string, string>> | null | undefined): boolean {
  if (!selector) return false;
  const set = labels ?? {};
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => set[k] === v);
  return byLabels && (selector.matchExpressions ?? []).every((e) => matchesExpression(e, set));
}

function matchesExpression(e: { key?: string; operator?: string; values?: string[] | null }, set: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(set, e.key ?? '');
  const value = set[e.key ?? ''];
  switch (e.operator) {
    case 'In':
      return has && (e.values ?? []).includes(value ?? '');
    case 'NotIn':
      return !has || !(e.values ?? []).includes(value ?? '');
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** A map selector (RC `spec.selector`) as labels.Set(selector).AsSelector(). */
export function mapSelectorMatches(selector: Readonly<Record<string, string>> | null | undefined, labels: Readonly<Record<string, string>> | null | undefined): boolean {
  return Object.entries(selector ?? {}).every(([k, v]) => (labels ?? {})[k] === v);
}
