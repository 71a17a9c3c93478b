/**
 * The kinds kubespec serves, with the names kubectl resolves (`kubectl api-resources`).
 * Everything that maps between kinds, plurals, short names and API groups reads this table.
 */
export interface ResourceInfo {
  kind: string;
  /** `v1`, `apps/v1`, ... */
  apiVersion: string;
  group: string;
  version: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
}

function resource(
  kind: string,
  apiVersion: string,
  plural: string,
  namespaced: boolean,
  shortNames: readonly string[] = [],
): ResourceInfo {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return { kind, apiVersion, group: group ?? '', version: version ?? '', plural, singular: kind.toLowerCase(), shortNames, namespaced };
}

export const RESOURCES: readonly ResourceInfo[] = [
  resource('Namespace', 'v1', 'namespaces', false, ['ns']),
  resource('Node', 'v1', 'nodes', false, ['no']),
  resource('Pod', 'v1', 'pods', true, ['po']),
  resource('Service', 'v1', 'services', true, ['svc']),
  resource('Endpoints', 'v1', 'endpoints', true, ['ep']),
  resource('ConfigMap', 'v1', 'configmaps', true, ['cm']),
  resource('Secret', 'v1', 'secrets', true),
  resource('ServiceAccount', 'v1', 'serviceaccounts', true, ['sa']),
  resource('ReplicationController', 'v1', 'replicationcontrollers', true, ['rc']),
  resource('PersistentVolume', 'v1', 'persistentvolumes', false, ['pv']),
  resource('PersistentVolumeClaim', 'v1', 'persistentvolumeclaims', true, ['pvc']),
  resource('Event', 'v1', 'events', true, ['ev']),
  resource('EndpointSlice', 'discovery.k8s.io/v1', 'endpointslices', true),
  resource('ReplicaSet', 'apps/v1', 'replicasets', true, ['rs']),
  resource('Deployment', 'apps/v1', 'deployments', true, ['deploy']),
  resource('ControllerRevision', 'apps/v1', 'controllerrevisions', true),
  resource('DaemonSet', 'apps/v1', 'daemonsets', true, ['ds']),
  resource('StatefulSet', 'apps/v1', 'statefulsets', true, ['sts']),
  resource('Job', 'batch/v1', 'jobs', true),
  resource('CronJob', 'batch/v1', 'cronjobs', true, ['cj']),
  resource('StorageClass', 'storage.k8s.io/v1', 'storageclasses', false, ['sc']),
  resource('Role', 'rbac.authorization.k8s.io/v1', 'roles', true),
  resource('ClusterRole', 'rbac.authorization.k8s.io/v1', 'clusterroles', false),
  resource('RoleBinding', 'rbac.authorization.k8s.io/v1', 'rolebindings', true),
  resource('ClusterRoleBinding', 'rbac.authorization.k8s.io/v1', 'clusterrolebindings', false),
];

const byKind = new Map(RESOURCES.map((r) => [r.kind, r]));

export function resourceForKind(kind: string): ResourceInfo | undefined {
  return byKind.get(kind);
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deployments.apps`, `Deployment`) as kubectl's RESTMapper does.
 */
export function resolveResource(typed: string): ResourceInfo | undefined {
  const lower = typed.toLowerCase();
  const [name, ...groupParts] = lower.split('.');
  const group = groupParts.join('.');
  return RESOURCES.find(
    (r) =>
      (group === '' || r.group === group) &&
      (r.plural === name || r.singular === name || r.shortNames.includes(name ?? '') || r.kind.toLowerCase() === name),
  );
}

/** `deployments.apps`, or `pods` for the core group: the name kubectl uses in messages such as Forbidden errors. */
export function groupResource(r: ResourceInfo): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}
