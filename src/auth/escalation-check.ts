/**
 * RBAC escalation prevention, as the rbac REST storages do it (pkg/registry/rbac/{role,clusterrole,
 * rolebinding,clusterrolebinding}/policybased/storage.go with escalation_check.go and
 * validation/rule.go ConfirmNoEscalation): a user may only write a Role whose rules they already hold in
 * that scope (or who may `escalate` roles), and may only bind a role whose rules they hold (or who may
 * `bind` it). `system:masters` skips both. kubespec runs it as a mutating admission step, so it comes
 * before validation as in the apiserver, where it precedes the storage's own validation.
 */
import { ApiError, type AdmissionPlugin, type KubeObject, type UserInfo } from '../api';
import type { ClusterRole, PolicyRule, RoleBinding, RoleRef } from '../api/schemas';
import { authorize } from './rbac-authorizer';
import { compactRules, compactString, uncoveredRules } from './policy-comparator';
import { roleReferenceRules, rulesFor, type RbacStore } from './rule-resolver';
import { SYSTEM_MASTERS } from './user-info';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const PLURALS: Record<string, string> = { Role: 'roles', ClusterRole: 'clusterroles', RoleBinding: 'rolebindings', ClusterRoleBinding: 'clusterrolebindings' };
const FULL_AUTHORITY: PolicyRule[] = [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, { verbs: ['*'], nonResourceURLs: ['*'] }];

export function rbacEscalationAdmission(store: RbacStore): AdmissionPlugin {
  return {
    name: 'RBACEscalationCheck',
    kinds: Object.keys(PLURALS),
    // Updates are checked like creates: only the garbage collector (an in-process client) may skip it.
    mutate({ operation, object, user }) {
      if (!user || operation === 'DELETE' || user.groups.includes(SYSTEM_MASTERS)) return;
      if (object.kind.endsWith('Binding')) checkBinding(store, user, object);
      else checkRole(store, user, object);
    },
  };
}

function checkRole(store: RbacStore, user: UserInfo, role: KubeObject): void {
  const namespace = role.metadata.namespace ?? '';
  const escalate = authorize(store, user, { verb: 'escalate', apiGroup: RBAC_GROUP, resource: PLURALS[role.kind]!, name: role.metadata.name, namespace });
  if (escalate.allowed) return;
  const denial = escalationError(store, user, namespace, rulesOf(role));
  if (denial) throw forbidden(role, denial);
  if (aggregationOf(role) !== 'null' && escalationError(store, user, namespace, FULL_AUTHORITY)) {
    throw forbidden(role, 'must have cluster-admin privileges to use the aggregationRule');
  }
}

function checkBinding(store: RbacStore, user: UserInfo, binding: KubeObject): void {
  const namespace = binding.metadata.namespace ?? '';
  const roleRef = (binding as unknown as RoleBinding).roleRef as RoleRef | undefined;
  const resource = roleRef?.kind === 'Role' ? 'roles' : roleRef?.kind === 'ClusterRole' ? 'clusterroles' : undefined;
  if (resource && authorize(store, user, { verb: 'bind', apiGroup: roleRef?.apiGroup ?? '', resource, name: roleRef?.name, namespace }).allowed) return;
  const resolved = roleReferenceRules(store, roleRef, namespace);
  if ('error' in resolved) throw forbidden(binding, resolved.error);
  const denial = escalationError(store, user, namespace, resolved.rules);
  if (denial) throw forbidden(binding, denial);
}

/** ConfirmNoEscalation's message, or undefined when the user already holds every rule. */
export function escalationError(store: RbacStore, user: UserInfo, namespace: string, rules: readonly PolicyRule[]): string | undefined {
  const owned = rulesFor(store, user, namespace);
  const missing = uncoveredRules(owned.rules, rules);
  if (missing.length === 0) return undefined;
  const lines = [...new Set(compactRules(missing).map(compactString))].sort();
  const groups = `[${user.groups.map((g) => JSON.stringify(g)).join(' ')}]`;
  const errors = owned.errors.length > 0 ? `; resolution errors: [${owned.errors.join(' ')}]` : '';
  return `user "${user.username}" (groups=${groups}) is attempting to grant RBAC permissions not currently held:\n${lines.join('\n')}${errors}`;
}

function forbidden(obj: KubeObject, message: string): ApiError {
  return ApiError.forbidden(`${PLURALS[obj.kind]}.${RBAC_GROUP} "${obj.metadata.name ?? ''}" is forbidden: ${message}`);
}

function rulesOf(obj: KubeObject | undefined): PolicyRule[] {
  return ((obj as ClusterRole | undefined)?.rules ?? []) as PolicyRule[];
}

function aggregationOf(obj: KubeObject | undefined): string {
  return JSON.stringify((obj as ClusterRole | undefined)?.aggregationRule ?? null);
}
