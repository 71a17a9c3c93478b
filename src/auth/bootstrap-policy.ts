/**
 * The default ClusterRoles and ClusterRoleBindings the apiserver reconciles at start-up
 * (plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go, as dumped in its testdata/cluster-roles.yaml),
 * reduced to the user-facing roles and the bindings every cluster has, plus kubeadm's
 * `kubeadm:cluster-admins` binding for kind's admin. `admin`, `edit` and `view` start without rules: the
 * clusterrole-aggregation controller fills them from the `system:aggregate-to-*` roles.
 */
import type { KubeObject } from '../api';
import type { PolicyRule } from '../api/schemas';
import { AUTHENTICATED, CLUSTER_ADMIN_GROUP, SERVICE_ACCOUNTS, SYSTEM_MASTERS, UNAUTHENTICATED } from './user-info';

const RBAC = 'rbac.authorization.k8s.io';
const RBAC_V1 = `${RBAC}/v1`;
const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ_WRITE = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const AGGREGATE_TO = (role: string) => `${RBAC}/aggregate-to-${role}`;

function rule(apiGroups: string[], resources: string[], verbs: string[]): PolicyRule {
  return { apiGroups, resources, verbs };
}

function urls(nonResourceURLs: string[], verbs: string[]): PolicyRule {
  return { nonResourceURLs, verbs };
}

function clusterRole(name: string, rules: PolicyRule[] | undefined, extra: { labels?: Record<string, string>; aggregateFrom?: string } = {}): KubeObject {
  return {
    apiVersion: RBAC_V1,
    kind: 'ClusterRole',
    metadata: {
      name,
      labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults', ...extra.labels },
      annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
    },
    ...(extra.aggregateFrom ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [AGGREGATE_TO(extra.aggregateFrom)]: 'true' } }] } } : {}),
    rules,
  };
}

const AGGREGATE_TO_ADMIN: PolicyRule[] = [
  rule(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']),
  rule([RBAC], ['rolebindings', 'roles'], READ_WRITE),
];

const AGGREGATE_TO_EDIT: PolicyRule[] = [
  rule([''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], READ),
  rule([''], ['serviceaccounts'], ['impersonate']),
  rule([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], WRITE),
  rule([''], ['pods/eviction'], ['create']),
  rule([''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], WRITE),
  rule([''], ['serviceaccounts/token'], ['create']),
  rule(['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], WRITE),
  rule(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
  rule(['batch'], ['cronjobs', 'jobs'], WRITE),
  rule(['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale'], WRITE),
  rule(['policy'], ['poddisruptionbudgets'], WRITE),
  rule(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
  rule(['coordination.k8s.io'], ['leases'], READ_WRITE),
];

const AGGREGATE_TO_VIEW: PolicyRule[] = [
  rule([''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status'], READ),
  rule([''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status'], READ),
  rule([''], ['namespaces'], READ),
  rule(['discovery.k8s.io'], ['endpointslices'], READ),
  rule(['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status'], READ),
  rule(['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], READ),
  rule(['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], READ),
  rule(['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale'], READ),
  rule(['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status'], READ),
  rule(['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies'], READ),
];

const DISCOVERY_URLS = ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'];

export function bootstrapClusterRoles(): KubeObject[] {
  return [
    clusterRole('admin', undefined, { aggregateFrom: 'admin' }),
    clusterRole('cluster-admin', [rule(['*'], ['*'], ['*']), urls(['*'], ['*'])]),
    clusterRole('edit', undefined, { aggregateFrom: 'edit', labels: { [AGGREGATE_TO('admin')]: 'true' } }),
    clusterRole('system:aggregate-to-admin', AGGREGATE_TO_ADMIN, { labels: { [AGGREGATE_TO('admin')]: 'true' } }),
    clusterRole('system:aggregate-to-edit', AGGREGATE_TO_EDIT, { labels: { [AGGREGATE_TO('edit')]: 'true' } }),
    clusterRole('system:aggregate-to-view', AGGREGATE_TO_VIEW, { labels: { [AGGREGATE_TO('view')]: 'true' } }),
    clusterRole('system:auth-delegator', [rule(['authentication.k8s.io'], ['tokenreviews'], ['create']), rule(['authorization.k8s.io'], ['subjectaccessreviews'], ['create'])]),
    clusterRole('system:basic-user', [rule(['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], ['create']), rule(['authentication.k8s.io'], ['selfsubjectreviews'], ['create'])]),
    clusterRole('system:discovery', [urls(DISCOVERY_URLS, ['get'])]),
    clusterRole('system:monitoring', [urls(['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'], ['get'])]),
    clusterRole('system:public-info-viewer', [urls(['/healthz', '/livez', '/readyz', '/version', '/version/'], ['get'])]),
    clusterRole('system:service-account-issuer-discovery', [urls(['/.well-known/openid-configuration', '/openid/v1/jwks'], ['get'])]),
    clusterRole('view', undefined, { aggregateFrom: 'view', labels: { [AGGREGATE_TO('edit')]: 'true' } }),
  ];
}

function binding(name: string, role: string, groups: string[], bootstrapped = true): KubeObject {
  return {
    apiVersion: RBAC_V1,
    kind: 'ClusterRoleBinding',
    metadata: {
      name,
      ...(bootstrapped ? { labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' }, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } } : {}),
    },
    roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
    subjects: groups.map((group) => ({ apiGroup: RBAC, kind: 'Group', name: group })),
  };
}

export function bootstrapClusterRoleBindings(): KubeObject[] {
  return [
    binding('cluster-admin', 'cluster-admin', [SYSTEM_MASTERS]),
    binding(CLUSTER_ADMIN_GROUP, 'cluster-admin', [CLUSTER_ADMIN_GROUP], false),
    binding('system:basic-user', 'system:basic-user', [AUTHENTICATED]),
    binding('system:discovery', 'system:discovery', [AUTHENTICATED]),
    binding('system:monitoring', 'system:monitoring', ['system:monitoring']),
    binding('system:public-info-viewer', 'system:public-info-viewer', [AUTHENTICATED, UNAUTHENTICATED]),
    binding('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', [SERVICE_ACCOUNTS]),
  ];
}
