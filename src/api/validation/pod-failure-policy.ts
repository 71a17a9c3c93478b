/**
 * Job podFailurePolicy: validatePodFailurePolicy and its rule checks in pkg/apis/batch/validation
 * (v1.32): at most 20 rules; each needs a known action and exactly one of onExitCodes / onPodConditions;
 * exit codes are unique, ordered, at most 255, and never 0 with `In`.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { JobSpec, PodFailurePolicyRule } from '../schemas';
import { child, index } from './field-path';
import { invalidGo, invalidOmitted } from './go-errors';
import { validateLabelName } from './object-meta';

const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const OPERATORS = ['In', 'NotIn'];
const STATUSES = ['False', 'True', 'Unknown'];
const goInt32Slice = (v: readonly number[] | undefined): string => (v === undefined ? '[]int32(nil)' : `[]int32{${v.join(', ')}}`);
const quotedList = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;

export function validatePodFailurePolicy(spec: JobSpec, path: string): FieldError[] {
  const rules = spec.podFailurePolicy?.rules ?? [];
  const rulesPath = child(path, 'rules');
  const errs = rules.length > 20 ? [fieldError.tooMany(rulesPath, rules.length, 20)] : [];
  const names = new Set([...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c) => c.name ?? ''));
  rules.forEach((rule, i) => errs.push(...validateRule(spec, rule, index(rulesPath, i), names)));
  return errs;
}

function validateRule(spec: JobSpec, rule: PodFailurePolicyRule, path: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  const actionPath = child(path, 'action');
  if (!rule.action) errs.push(fieldError.required(actionPath, `valid values: ${quotedList(ACTIONS)}`));
  else if (rule.action === 'FailIndex') {
    if (spec.backoffLimitPerIndex === undefined) errs.push(fieldError.invalid(actionPath, rule.action, 'requires the backoffLimitPerIndex to be set'));
  } else if (!ACTIONS.includes(rule.action)) errs.push(fieldError.unsupported(actionPath, rule.action, ACTIONS));
  if (rule.onExitCodes) errs.push(...validateOnExitCodes(rule.onExitCodes, child(path, 'onExitCodes'), names));
  const conditions = rule.onPodConditions ?? [];
  conditions.forEach((pattern, j) => {
    const p = index(child(path, 'onPodConditions'), j);
    errs.push(...validateLabelName(pattern.type ?? '', child(p, 'type')));
    if (!pattern.status) errs.push(fieldError.required(child(p, 'status'), `valid values: ${quotedList(STATUSES)}`));
    else if (!STATUSES.includes(pattern.status)) errs.push(fieldError.unsupported(child(p, 'status'), pattern.status, STATUSES));
  });
  if (rule.onExitCodes && conditions.length > 0) errs.push(invalidOmitted(path, 'specifying both OnExitCodes and OnPodConditions is not supported'));
  if (!rule.onExitCodes && conditions.length === 0) errs.push(invalidOmitted(path, 'specifying one of OnExitCodes and OnPodConditions is required'));
  return errs;
}

function validateOnExitCodes(req: NonNullable<PodFailurePolicyRule['onExitCodes']>, path: string, names: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  if (!req.operator) errs.push(fieldError.required(child(path, 'operator'), `valid values: ${quotedList(OPERATORS)}`));
  else if (!OPERATORS.includes(req.operator)) errs.push(fieldError.unsupported(child(path, 'operator'), req.operator, OPERATORS));
  if (req.containerName !== undefined && !names.has(req.containerName)) {
    errs.push(fieldError.invalid(child(path, 'containerName'), req.containerName, 'must be one of the container or initContainer names in the pod template'));
  }
  const values = req.values ?? [];
  const valuesPath = child(path, 'values');
  if (values.length === 0) errs.push(invalidGo(valuesPath, goInt32Slice(req.values), 'at least one value is required'));
  else if (values.length > 255) errs.push(fieldError.tooMany(valuesPath, values.length, 255));
  const seen = new Set<number>();
  values.forEach((v, j) => {
    if (req.operator === 'In' && v === 0) errs.push(fieldError.invalid(index(valuesPath, j), v, 'must not be 0 for the In operator'));
    if (seen.has(v)) errs.push(fieldError.duplicate(index(valuesPath, j), v));
    seen.add(v);
  });
  if (values.some((v, j) => j > 0 && (values[j - 1] ?? 0) > v)) errs.push(invalidGo(valuesPath, goInt32Slice(values), 'must be ordered'));
  return errs;
}
