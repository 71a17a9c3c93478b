/**
 * Defaults of rbac.authorization.k8s.io/v1 (pkg/apis/rbac/v1/defaults.go): a binding's roleRef.apiGroup,
 * and each subject's apiGroup by kind (`""` for ServiceAccount, the RBAC group for User and Group).
 */
import type { ClusterRoleBinding, RoleBinding, Subject } from '../schemas';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

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
