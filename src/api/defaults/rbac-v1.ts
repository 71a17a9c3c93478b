/**
 * Defaults of rbac.authorization.k8s.io/v1 (pkg/apis/rbac/v1/defaults.go): a binding's roleRef.apiGroup,
 * and each subject's apiGroup by kind (`""` for ServiceAccount, the RBAC group for User and Group).
 * A role's `rules` has no omitempty, and storage keeps an empty list as nil, so a role without rules
 * (an aggregated ClusterRole before it selects anything, `rules: []`) reads back as `rules: null`.
 */
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding, Subject } from '../schemas';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

export function defaultRole(role: Role | ClusterRole): void {
  if ((role.rules ?? []).length === 0) (role as { rules: unknown }).rules = null;
}

export function defaultRoleBinding(binding: RoleBinding | ClusterRoleBinding): void {
  binding.roleRef ??= {};
  binding.roleRef.apiGroup ||= RBAC_GROUP;
  for (const subject of binding.subjects ?? []) defaultSubject(subject);
}

function defaultSubject(subject: Subject): void {
  if (subject.apiGroup) return;
  if (subject.kind === 'ServiceAccount') subject.apiGroup = '';
  else if (subject.kind === 'User' || subject.kind === 'Group') subject.apiGroup = RBAC_GROUP;
}
