/**
 * Node: ValidateNode / ValidateNodeUpdate of pkg/apis/core/validation (v1.32). Taints are checked under
 * `metadata.taints` (Go passes the metadata path there), unique per key and effect; podCIDRs and
 * providerID may only be set once.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Node } from '../schemas';
import { child, index } from './field-path';
import { duplicateWithDetail } from './go-errors';
import { goTaint } from './go-value';
import { validateCIDR } from './ip-address';
import { nameIsDNSSubdomain, validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { isValidLabelValue } from './string-formats';

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function validateTaints(node: Node, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (node.spec?.taints ?? []).forEach((taint, i) => {
    const p = index(path, i);
    errs.push(...validateLabelName(taint.key ?? '', child(p, 'key')));
    const msgs = isValidLabelValue(taint.value ?? '');
    if (msgs.length > 0) errs.push(fieldError.invalid(child(p, 'value'), taint.value ?? '', msgs.join(';')));
    if (!taint.effect) errs.push(fieldError.required(child(p, 'effect')));
    else if (!TAINT_EFFECTS.includes(taint.effect)) errs.push(fieldError.unsupported(child(p, 'effect'), taint.effect, TAINT_EFFECTS));
    const id = `${taint.effect ?? ''}/${taint.key ?? ''}`;
    if (seen.has(id)) errs.push(duplicateWithDetail(p, goTaint(taint), 'taints must be unique by key and effect pair'));
    seen.add(id);
  });
  return errs;
}

export function validateNode(node: Node): FieldError[] {
  const errs = validateObjectMeta(node.metadata, false, nameIsDNSSubdomain);
  errs.push(...validateTaints(node, 'metadata.taints'));
  (node.spec?.podCIDRs ?? []).forEach((cidr, i) => errs.push(...validateCIDR(index('spec.podCIDRs', i), cidr)));
  return errs;
}

export function validateNodeUpdate(node: Node, old: Node): FieldError[] {
  const errs = validateObjectMetaUpdate(node.metadata, old.metadata);
  const oldCIDRs = old.spec?.podCIDRs ?? [];
  const cidrs = node.spec?.podCIDRs ?? [];
  const message = 'node updates may not change podCIDR except from "" to valid';
  if (oldCIDRs.length > 0) {
    if (oldCIDRs.length !== cidrs.length) errs.push(fieldError.forbidden('spec.podCIDRs', message));
    else oldCIDRs.forEach((c, i) => c !== cidrs[i] && errs.push(fieldError.forbidden('spec.podCIDRs', message)));
  }
  if (old.spec?.providerID && old.spec.providerID !== node.spec?.providerID) {
    errs.push(fieldError.forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
  }
  return [...errs, ...validateTaints(node, 'metadata.taints')];
}
