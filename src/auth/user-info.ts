/**
 * Who a request comes from: users, groups and ServiceAccount identities as the apiserver's authenticators
 * and impersonation filter build them (staging/src/k8s.io/apiserver/pkg/authentication/serviceaccount/util.go,
 * .../endpoints/filters/impersonation.go).
 */
import type { UserInfo } from '../api';

export const SYSTEM_MASTERS = 'system:masters';
export const AUTHENTICATED = 'system:authenticated';
export const UNAUTHENTICATED = 'system:unauthenticated';
export const SERVICE_ACCOUNTS = 'system:serviceaccounts';
const SA_PREFIX = 'system:serviceaccount:';

/**
 * The identity of kind's kubeconfig. kubeadm (v1.29+) writes admin.conf for `kubernetes-admin` in group
 * `kubeadm:cluster-admins`, bound to cluster-admin by a ClusterRoleBinding of the same name; only
 * super-admin.conf is in `system:masters` (docs/decisions/007-identity-and-configuration.md).
 */
export const CLUSTER_ADMIN_GROUP = 'kubeadm:cluster-admins';
export const KUBERNETES_ADMIN: UserInfo = { username: 'kubernetes-admin', groups: [CLUSTER_ADMIN_GROUP, AUTHENTICATED] };

export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

/** `system:serviceaccount:dev:foo` → `{namespace: 'dev', name: 'foo'}`; anything else → undefined. */
export function splitServiceAccountUsername(username: string): { namespace: string; name: string } | undefined {
  if (!username.startsWith(SA_PREFIX)) return undefined;
  const [namespace, name, ...rest] = username.slice(SA_PREFIX.length).split(':');
  if (!namespace || !name || rest.length > 0) return undefined;
  return { namespace, name };
}

export function serviceAccountGroups(namespace: string): string[] {
  return [SERVICE_ACCOUNTS, `${SERVICE_ACCOUNTS}:${namespace}`];
}

/** The user a ServiceAccount token authenticates as. */
export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return { username: serviceAccountUsername(namespace, name), groups: [...serviceAccountGroups(namespace), AUTHENTICATED] };
}

/**
 * `--as NAME --as-group G`: a ServiceAccount username without explicit groups gets the ServiceAccount
 * groups; every impersonated user except `system:anonymous` also gets `system:authenticated`.
 */
export function impersonatedUser(username: string, groups: readonly string[]): UserInfo {
  const sa = splitServiceAccountUsername(username);
  const base = groups.length === 0 && sa ? serviceAccountGroups(sa.namespace) : [...groups];
  const anonymous = username === 'system:anonymous' || base.includes(UNAUTHENTICATED);
  return { username, groups: anonymous || base.includes(AUTHENTICATED) ? base : [...base, AUTHENTICATED] };
}
