/**
 * RBAC objects: pkg/apis/rbac/validation/validation.go (v1.32). Names are path segments; rules need
 * verbs and either non-resource URLs (cluster roles only) or API groups plus resources; a binding's
 * roleRef may never change (`roleRef: Invalid value: rbac.RoleRef{...}: cannot change roleRef`).
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject } from '../schemas';
import { child, index } from './field-path';
import { invalidGo } from './go-errors';
import { goRoleRef, goStringSlice } from './go-value';
import { isSelectorConvertible, validateLabelSelector } from './label-selector';
import { deepEqual, nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate, type NameFn } from './object-meta';
import { isValidPathSegmentName } from './string-formats';
import { goLabelSelector } from './go-value';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const rbacName: NameFn = (name) => isValidPathSegmentName(name);

export function validatePolicyRule(rule: PolicyRule, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if ((rule.verbs ?? []).length === 0) errs.push(fieldError.required(child(path, 'verbs'), 'verbs must contain at least one value'));
  const urls = rule.nonResourceURLs ?? [];
  if (urls.length > 0) {
    if (namespaced) errs.push(invalidGo(child(path, 'nonResourceURLs'), goStringSlice(urls), 'namespaced rules cannot apply to non-resource URLs'));
    if ((rule.apiGroups ?? []).length > 0 || (rule.resources ?? []).length > 0 || (rule.resourceNames ?? []).length > 0) {
      errs.push(invalidGo(child(path, 'nonResourceURLs'), goStringSlice(urls), 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return errs;
  }
  if ((rule.apiGroups ?? []).length === 0) errs.push(fieldError.required(child(path, 'apiGroups'), 'resource rules must supply at least one api group'));
  if ((rule.resources ?? []).length === 0) errs.push(fieldError.required(child(path, 'resources'), 'resource rules must supply at least one resource'));
  return errs;
}

const validateRules = (rules: readonly PolicyRule[] | undefined, namespaced: boolean): FieldError[] =>
  (rules ?? []).flatMap((rule, i) => validatePolicyRule(rule, namespaced, index('rules', i)));

export function validateRole(role: Role): FieldError[] {
  return [...validateObjectMeta(role.metadata, true, rbacName), ...validateRules(role.rules, true)];
}

export function validateClusterRole(role: ClusterRole): FieldError[] {
  const errs = [...validateObjectMeta(role.metadata, false, rbacName), ...validateRules(role.rules, false)];
  if (role.aggregationRule) {
    const path = 'aggregationRule.clusterRoleSelectors';
    const selectors = role.aggregationRule.clusterRoleSelectors ?? [];
    if (selectors.length === 0) errs.push(fieldError.required(path, 'at least one clusterRoleSelector required if aggregationRule is non-nil'));
    selectors.forEach((selector, i) => {
      errs.push(...validateLabelSelector(selector, index(path, i)));
      if (!isSelectorConvertible(selector)) errs.push(invalidGo(index(path, i), goLabelSelector(selector), 'invalid label selector.'));
    });
  }
  return errs;
}

function validateRoleRef(ref: RoleRef | undefined, kinds: string[]): FieldError[] {
  const errs: FieldError[] = [];
  if ((ref?.apiGroup ?? '') !== RBAC_GROUP) errs.push(fieldError.unsupported('roleRef.apiGroup', ref?.apiGroup ?? '', [RBAC_GROUP]));
  if (!kinds.includes(ref?.kind ?? '')) errs.push(fieldError.unsupported('roleRef.kind', ref?.kind ?? '', kinds));
  if (!ref?.name) errs.push(fieldError.required('roleRef.name'));
  else errs.push(...rbacName(ref.name, false).map((msg) => fieldError.invalid('roleRef.name', ref.name, msg)));
  return errs;
}

export function validateSubject(subject: Subject, namespaced: boolean, path: string): FieldError[] {
  const errs = subject.name ? [] : [fieldError.required(child(path, 'name'))];
  switch (subject.kind) {
    case 'ServiceAccount':
      if (subject.name) errs.push(...nameIsDNSSubdomain(subject.name, false).map((msg) => fieldError.invalid(child(path, 'name'), subject.name, msg)));
      if (subject.apiGroup) errs.push(fieldError.unsupported(child(path, 'apiGroup'), subject.apiGroup, ['']));
      if (!namespaced && !subject.namespace) errs.push(fieldError.required(child(path, 'namespace')));
      break;
    case 'User':
    case 'Group':
      if (subject.apiGroup !== RBAC_GROUP) errs.push(fieldError.unsupported(child(path, 'apiGroup'), subject.apiGroup ?? '', [RBAC_GROUP]));
      break;
    default:
      errs.push(fieldError.unsupported(child(path, 'kind'), subject.kind ?? '', ['ServiceAccount', 'User', 'Group']));
  }
  return errs;
}

export function validateRoleBinding(rb: RoleBinding): FieldError[] {
  return [
    ...validateObjectMeta(rb.metadata, true, rbacName),
    ...validateRoleRef(rb.roleRef, ['Role', 'ClusterRole']),
    ...(rb.subjects ?? []).flatMap((s, i) => validateSubject(s, true, index('subjects', i))),
  ];
}

export function validateClusterRoleBinding(crb: ClusterRoleBinding): FieldError[] {
  return [
    ...validateObjectMeta(crb.metadata, false, rbacName),
    ...validateRoleRef(crb.roleRef, ['ClusterRole']),
    ...(crb.subjects ?? []).flatMap((s, i) => validateSubject(s, false, index('subjects', i))),
  ];
}

/** ValidateRoleBindingUpdate / ValidateClusterRoleBindingUpdate: the binding's checks, then roleRef frozen. */
export function validateBindingUpdate(binding: RoleBinding | ClusterRoleBinding, old: RoleBinding | ClusterRoleBinding): FieldError[] {
  const base = binding.kind === 'RoleBinding' ? validateRoleBinding(binding) : validateClusterRoleBinding(binding);
  const errs = [...base, ...validateObjectMetaUpdate(binding.metadata, old.metadata)];
  if (!deepEqual(binding.roleRef, old.roleRef)) errs.push(invalidGo('roleRef', goRoleRef(binding.roleRef), 'cannot change roleRef'));
  return errs;
}

/** ValidateRoleUpdate / ValidateClusterRoleUpdate: the role's checks, then the metadata update. */
export function validateRoleUpdate(role: Role | ClusterRole, old: Role | ClusterRole): FieldError[] {
  const base = role.kind === 'Role' ? validateRole(role) : validateClusterRole(role);
  return [...base, ...validateObjectMetaUpdate(role.metadata, old.metadata)];
}
