/**
 * Who a kubectl command runs as: the kubeconfig's user (kind's `kubernetes-admin` unless the scenario
 * chose another), or the user of `--as`/`--as-group`. Impersonating needs the `impersonate` verb on
 * `users` (or the `serviceaccounts` of that namespace) and on each `groups` entry, as the apiserver's
 * impersonation filter checks (staging/src/k8s.io/apiserver/pkg/endpoints/filters/impersonation.go).
 */
import type { ApiServer, UserInfo } from '../api';
import { impersonatedUser, KUBERNETES_ADMIN, splitServiceAccountUsername } from '../auth';

export function commandUser(api: ApiServer, configured: UserInfo | undefined, as: string | undefined, asGroups: readonly string[]): UserInfo {
  const actor = configured ?? KUBERNETES_ADMIN;
  if (!as) return actor;
  const sa = splitServiceAccountUsername(as);
  if (sa) api.authorizeRequest(actor, { verb: 'impersonate', apiGroup: '', resource: 'serviceaccounts', namespace: sa.namespace, name: sa.name });
  else api.authorizeRequest(actor, { verb: 'impersonate', apiGroup: '', resource: 'users', name: as });
  for (const group of asGroups) api.authorizeRequest(actor, { verb: 'impersonate', apiGroup: '', resource: 'groups', name: group });
  return impersonatedUser(as, asGroups);
}

/**
 * For commands that reach a pod subresource (`kubectl logs` → get `pods/log`, `kubectl exec` → create
 * `pods/exec`): throws the apiserver's Forbidden error when the command's user may not.
 */
export function authorizeSubresource(context: { cluster: { api: ApiServer }; user?: UserInfo }, verb: string, resource: string, subresource: string, namespace: string, name: string): void {
  context.cluster.api.authorizeRequest(context.user, { verb, apiGroup: '', resource, subresource, namespace, name });
}
