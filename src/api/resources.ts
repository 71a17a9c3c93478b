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
  resource('Lease', 'coordination.k8s.io/v1', 'leases', true),
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
 * Resolves what a user typed (`po`, `pods`, `pod`, `deployments.apps`, `deployment.v1.apps`, `Deployment`) as
 * kubectl's RESTMapper does. As apimachinery's ParseResourceArg, a name with two dots or more is first read as
 * resource.version.group (the docs' `deployment.v1.apps/nginx-deployment`), then as resource.group
 * (`storageclasses.storage.k8s.io`).
 */
export function resolveResource(typed: string): ResourceInfo | undefined {
  const lower = typed.toLowerCase();
  const parts = lower.split('.');
  if (parts.length >= 3) {
    const [name, version, ...groupParts] = parts;
    const fullySpecified = findResource(name!, groupParts.join('.'), version);
    if (fullySpecified) return fullySpecified;
  }
  const [name, ...groupParts] = parts;
  return findResource(name!, groupParts.join('.'));
}

/** `group` '' matches any group (a bare name), as kubectl's shortcut expansion does; `version` must match when given. */
function findResource(name: string, group: string, version?: string): ResourceInfo | undefined {
  return RESOURCES.find(
    (r) =>
      (version === undefined ? group === '' || r.group === group : r.group === group && r.version === version) &&
      (r.plural === name || r.singular === name || r.shortNames.includes(name) || r.kind.toLowerCase() === name),
  );
}

/** `deployments.apps`, or `pods` for the core group: the name kubectl uses in messages such as Forbidden errors. */
export function groupResource(r: ResourceInfo): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}
