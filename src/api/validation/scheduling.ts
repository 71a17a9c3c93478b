/**
 * Scheduling constraints of a pod spec: ValidateTolerations, validateAffinity (node selector terms, pod
 * (anti-)affinity terms) and validateTopologySpreadConstraints of pkg/apis/core/validation/validation.go.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Affinity, NodeSelectorRequirement, NodeSelectorTerm, PodAffinityTerm, Toleration, TopologySpreadConstraint, WeightedPodAffinityTerm } from '../schemas';
import { child, index } from './field-path';
import { validateLabelName, nameIsDNSLabel, nameIsDNSSubdomain } from './object-meta';
import { validateLabelSelector } from './label-selector';
import { isValidLabelValue } from './string-formats';
import { ValidSubtrees } from './valid-subtrees';

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

const VALID_TOLERATIONS = new ValidSubtrees();

export function validateTolerations(tolerations: readonly Toleration[] | undefined, path: string): FieldError[] {
  if (!tolerations || VALID_TOLERATIONS.has(tolerations)) return [];
  return VALID_TOLERATIONS.remember(tolerations, tolerationErrors(tolerations, path));
}

function tolerationErrors(tolerations: readonly Toleration[], path: string): FieldError[] {
  return tolerations.flatMap((t, i) => {
    const p = index(path, i);
    const errs = t.key ? validateLabelName(t.key, child(p, 'key')) : [];
    const operator = t.operator ?? '';
    if (!t.key && operator !== 'Exists') {
      errs.push(fieldError.invalid(child(p, 'operator'), operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(fieldError.invalid(child(p, 'effect'), t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (operator === 'Equal' || operator === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length > 0) errs.push(fieldError.invalid(child(p, 'operator'), t.value ?? '', msgs.join(';')));
    } else if (operator === 'Exists') {
      if (t.value) errs.push(fieldError.invalid(child(p, 'operator'), t.value, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(fieldError.unsupported(child(p, 'operator'), operator, ['Equal', 'Exists']));
    if (t.effect && !TAINT_EFFECTS.includes(t.effect)) errs.push(fieldError.unsupported(child(p, 'effect'), t.effect, TAINT_EFFECTS));
    return errs;
  });
}

export function validateAffinity(affinity: Affinity | undefined, path: string): FieldError[] {
  if (!affinity) return [];
  const errs: FieldError[] = [];
  const node = affinity.nodeAffinity;
  if (node?.requiredDuringSchedulingIgnoredDuringExecution) {
    errs.push(...validateNodeSelector(node.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms, child(path, 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution')));
  }
  (node?.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((term, i) => {
    const p = index(child(path, 'nodeAffinity', 'preferredDuringSchedulingIgnoredDuringExecution'), i);
    if ((term.weight ?? 0) <= 0 || (term.weight ?? 0) > 100) errs.push(fieldError.invalid(child(p, 'weight'), term.weight ?? 0, 'must be in the range 1-100'));
    // Preferred terms always allow invalid label values: they may still succeed on a one-node cluster.
    errs.push(...validateNodeSelectorTerm(term.preference ?? {}, true, child(p, 'preference')));
  });
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const a = affinity[kind];
    (a?.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) =>
      errs.push(...validatePodAffinityTerm(t, index(child(path, kind, 'requiredDuringSchedulingIgnoredDuringExecution'), i))),
    );
    (a?.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) =>
      errs.push(...validateWeightedTerm(t, index(child(path, kind, 'preferredDuringSchedulingIgnoredDuringExecution'), i))),
    );
  }
  return errs;
}

/** ValidateNodeSelector: at least one term, each with valid requirements. */
export function validateNodeSelector(terms: readonly NodeSelectorTerm[] | undefined, path: string): FieldError[] {
  const termsPath = child(path, 'nodeSelectorTerms');
  if ((terms ?? []).length === 0) return [fieldError.required(termsPath, 'must have at least one node selector term')];
  return (terms ?? []).flatMap((term, i) => validateNodeSelectorTerm(term, false, index(termsPath, i)));
}

function validateNodeSelectorTerm(term: NodeSelectorTerm, allowInvalidValues: boolean, path: string): FieldError[] {
  return [
    ...(term.matchExpressions ?? []).flatMap((r, j) => validateNodeSelectorRequirement(r, allowInvalidValues, index(child(path, 'matchExpressions'), j))),
    ...(term.matchFields ?? []).flatMap((r, j) => validateNodeFieldSelectorRequirement(r, index(child(path, 'matchFields'), j))),
  ];
}

function validateNodeSelectorRequirement(rq: NodeSelectorRequirement, allowInvalidValues: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const values = rq.values ?? [];
  switch (rq.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(fieldError.required(child(path, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(fieldError.forbidden(child(path, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) errs.push(fieldError.required(child(path, 'values'), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      errs.push(fieldError.invalid(child(path, 'operator'), rq.operator ?? '', 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(rq.key ?? '', child(path, 'key')));
  if (!allowInvalidValues) values.forEach((v, i) => errs.push(...isValidLabelValue(v).map((msg) => fieldError.invalid(index(child(path, 'values'), i), v, msg))));
  return errs;
}

function validateNodeFieldSelectorRequirement(rq: NodeSelectorRequirement, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (rq.operator === 'In' || rq.operator === 'NotIn') {
    if ((rq.values ?? []).length !== 1) errs.push(fieldError.required(child(path, 'values'), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
  } else errs.push(fieldError.invalid(child(path, 'operator'), rq.operator ?? '', 'not a valid selector operator'));
  if (rq.key !== 'metadata.name') errs.push(fieldError.invalid(child(path, 'key'), rq.key ?? '', 'not a valid field selector key'));
  else (rq.values ?? []).forEach((v, i) => errs.push(...nameIsDNSSubdomain(v, false).map((msg) => fieldError.invalid(index(child(path, 'values'), i), v, msg))));
  return errs;
}

function validateWeightedTerm(term: WeightedPodAffinityTerm, path: string): FieldError[] {
  const weight = term.weight ?? 0;
  const errs = weight <= 0 || weight > 100 ? [fieldError.invalid(child(path, 'weight'), weight, 'must be in the range 1-100')] : [];
  return [...errs, ...validatePodAffinityTerm(term.podAffinityTerm ?? {}, child(path, 'podAffinityTerm'))];
}

function validatePodAffinityTerm(term: PodAffinityTerm, path: string): FieldError[] {
  const errs = [...validateLabelSelector(term.labelSelector, child(path, 'labelSelector')), ...validateLabelSelector(term.namespaceSelector, child(path, 'namespaceSelector'))];
  for (const ns of term.namespaces ?? []) errs.push(...nameIsDNSLabel(ns, false).map((msg) => fieldError.invalid(child(path, 'namespace'), ns, msg)));
  if (!term.topologyKey) errs.push(fieldError.required(child(path, 'topologyKey'), 'can not be empty'));
  return [...errs, ...validateLabelName(term.topologyKey ?? '', child(path, 'topologyKey'))];
}

export function validateTopologySpreadConstraints(constraints: readonly TopologySpreadConstraint[] | undefined, path: string): FieldError[] {
  const list = constraints ?? [];
  return list.flatMap((c, i) => {
    const p = index(path, i);
    const errs: FieldError[] = [];
    if ((c.maxSkew ?? 0) <= 0) errs.push(fieldError.invalid(child(p, 'maxSkew'), c.maxSkew ?? 0, 'must be greater than zero'));
    if (!c.topologyKey) errs.push(fieldError.required(child(p, 'topologyKey'), 'can not be empty'));
    const when = c.whenUnsatisfiable ?? '';
    if (when !== 'DoNotSchedule' && when !== 'ScheduleAnyway') errs.push(fieldError.unsupported(child(p, 'whenUnsatisfiable'), when, ['DoNotSchedule', 'ScheduleAnyway']));
    if (list.slice(i + 1).some((o) => o.topologyKey === c.topologyKey && o.whenUnsatisfiable === c.whenUnsatisfiable)) {
      errs.push(fieldError.duplicate(child(p, '{topologyKey, whenUnsatisfiable}'), `{${c.topologyKey ?? ''}, ${when}}`));
    }
    return [...errs, ...validateLabelSelector(c.labelSelector, child(p, 'labelSelector'))];
  });
}
