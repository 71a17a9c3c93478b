/**
 * Container resource requirements: validateResourceRequirements, validateContainerResourceName and
 * ValidateResourceQuantityValue of pkg/apis/core/validation/validation.go, with the resource-name helpers
 * of pkg/apis/core/helper. Quantities print in canonical form (`Invalid value: "2": must be less than or
 * equal to cpu limit of 1`), as Quantity.String() does.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { ResourceRequirements } from '../schemas';
import { child, key } from './field-path';
import { IS_NEGATIVE_ERROR_MSG, sortedEntries } from './object-meta';
import { canonicalQuantity, compareQuantities, quantityMilliValue } from './quantity';
import { isQualifiedName } from './string-formats';
import { ValidSubtrees } from './valid-subtrees';

// pkg/apis/core/helper/helpers.go standardResources (the names a ResourceList may use unprefixed).
const STANDARD_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
  'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'persistentvolumeclaims', 'configmaps',
  'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const INTEGER_RESOURCES = new Set(['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers']);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
const isExtended = (name: string): boolean => !isNative(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0;
const isOvercommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

function validateResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => fieldError.invalid(path, name, msg));
  if (errs.length > 0) return errs;
  if (!name.includes('/') && !STANDARD_RESOURCES.has(name) && !isHugePages(name)) {
    return [fieldError.invalid(path, name, 'must be a standard resource type or fully qualified')];
  }
  return [];
}

function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) errs.push(fieldError.invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtended(name)) {
    errs.push(fieldError.invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** ValidateResourceQuantityValue: not negative, and whole for integer (and extended) resources. */
export function validateResourceQuantityValue(name: string, value: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (compareQuantities(value, 0) < 0) errs.push(fieldError.invalid(path, canonicalQuantity(value), IS_NEGATIVE_ERROR_MSG));
  if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && quantityMilliValue(value) % 1000n !== 0n) {
    errs.push(fieldError.invalid(path, canonicalQuantity(value), 'must be an integer'));
  }
  return errs;
}

const VALID_REQUIREMENTS = new ValidSubtrees();

export function validateResourceRequirements(req: ResourceRequirements | undefined, path: string): FieldError[] {
  if (VALID_REQUIREMENTS.has(req)) return [];
  return VALID_REQUIREMENTS.remember(req, requirementErrors(req, path));
}

function requirementErrors(req: ResourceRequirements | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const limPath = child(path, 'limits');
  const reqPath = child(path, 'requests');
  const limits = req?.limits ?? {};
  for (const [name, quantity] of sortedEntries(limits)) {
    errs.push(...validateContainerResourceName(name, key(limPath, name)), ...validateResourceQuantityValue(name, quantity, key(limPath, name)));
  }
  for (const [name, quantity] of sortedEntries(req?.requests)) {
    errs.push(...validateContainerResourceName(name, key(reqPath, name)), ...validateResourceQuantityValue(name, quantity, key(reqPath, name)));
    errs.push(...checkRequestAgainstLimit(name, quantity, limits[name], reqPath, limPath));
  }
  const all = [...Object.keys(limits), ...Object.keys(req?.requests ?? {})];
  if (all.some(isHugePages) && !all.some((n) => n === 'cpu' || n === 'memory')) errs.push(fieldError.forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}

function checkRequestAgainstLimit(name: string, request: string, limit: string | undefined, reqPath: string, limPath: string): FieldError[] {
  if (limit === undefined) {
    return isOvercommitAllowed(name) ? [] : [fieldError.required(limPath, 'Limit must be set for non overcommitable resources')];
  }
  const cmp = compareQuantities(request, limit);
  if (cmp !== 0 && !isOvercommitAllowed(name)) {
    return [fieldError.invalid(reqPath, canonicalQuantity(request), `must be equal to ${name} limit of ${canonicalQuantity(limit)}`)];
  }
  if (cmp > 0) return [fieldError.invalid(reqPath, canonicalQuantity(request), `must be less than or equal to ${name} limit of ${canonicalQuantity(limit)}`)];
  return [];
}
