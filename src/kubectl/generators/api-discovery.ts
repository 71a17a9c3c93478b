/**
 * The API resources a v1.32 cluster (kind) serves, as discovery lists them, and the RESTMapper lookup
 * kubectl does with them (`ResourceFor` behind a shortcut expander, client-go/restmapper): plural or
 * singular names, short names, an optional group, and group priority deciding ties (`events` is core).
 * `kubectl create role|clusterrole` needs this to qualify `--resource` values.
 */

export interface ApiResource {
  group: string;
  version: string;
  /** The plural resource name, `deployments`. */
  resource: string;
  kind: string;
  namespaced: boolean;
  shortNames: readonly string[];
}

/** `ResourceFor`: the fully qualified resource, or undefined for kubectl's NoResourceMatchError. */
export interface ApiResourceMapper {
  resourceFor(resource: string, group: string): { resource: string; group: string } | undefined;
}

type Row = [resource: string, kind: string, namespaced: boolean, shortNames?: string];

/** Group versions in the apiserver's priority order (controlplane apiVersionPriorities), with their resources. */
const GROUPS: readonly [groupVersion: string, rows: readonly Row[]][] = [
  ['v1', [
    ['bindings', 'Binding', true], ['componentstatuses', 'ComponentStatus', false, 'cs'], ['configmaps', 'ConfigMap', true, 'cm'],
    ['endpoints', 'Endpoints', true, 'ep'], ['events', 'Event', true, 'ev'], ['limitranges', 'LimitRange', true, 'limits'],
    ['namespaces', 'Namespace', false, 'ns'], ['nodes', 'Node', false, 'no'], ['persistentvolumeclaims', 'PersistentVolumeClaim', true, 'pvc'],
    ['persistentvolumes', 'PersistentVolume', false, 'pv'], ['pods', 'Pod', true, 'po'], ['podtemplates', 'PodTemplate', true],
    ['replicationcontrollers', 'ReplicationController', true, 'rc'], ['resourcequotas', 'ResourceQuota', true, 'quota'],
    ['secrets', 'Secret', true], ['serviceaccounts', 'ServiceAccount', true, 'sa'], ['services', 'Service', true, 'svc'],
  ]],
  ['apiregistration.k8s.io/v1', [['apiservices', 'APIService', false]]],
  ['apps/v1', [
    ['controllerrevisions', 'ControllerRevision', true], ['daemonsets', 'DaemonSet', true, 'ds'],
    ['deployments', 'Deployment', true, 'deploy'], ['replicasets', 'ReplicaSet', true, 'rs'], ['statefulsets', 'StatefulSet', true, 'sts'],
  ]],
  ['events.k8s.io/v1', [['events', 'Event', true, 'ev']]],
  ['authentication.k8s.io/v1', [['selfsubjectreviews', 'SelfSubjectReview', false], ['tokenreviews', 'TokenReview', false]]],
  ['authorization.k8s.io/v1', [
    ['localsubjectaccessreviews', 'LocalSubjectAccessReview', true], ['selfsubjectaccessreviews', 'SelfSubjectAccessReview', false],
    ['selfsubjectrulesreviews', 'SelfSubjectRulesReview', false], ['subjectaccessreviews', 'SubjectAccessReview', false],
  ]],
  ['autoscaling/v2', [['horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, 'hpa']]],
  ['batch/v1', [['cronjobs', 'CronJob', true, 'cj'], ['jobs', 'Job', true]]],
  ['certificates.k8s.io/v1', [['certificatesigningrequests', 'CertificateSigningRequest', false, 'csr']]],
  ['networking.k8s.io/v1', [
    ['ingressclasses', 'IngressClass', false], ['ingresses', 'Ingress', true, 'ing'], ['networkpolicies', 'NetworkPolicy', true, 'netpol'],
  ]],
  ['policy/v1', [['poddisruptionbudgets', 'PodDisruptionBudget', true, 'pdb']]],
  ['rbac.authorization.k8s.io/v1', [
    ['clusterrolebindings', 'ClusterRoleBinding', false], ['clusterroles', 'ClusterRole', false],
    ['rolebindings', 'RoleBinding', true], ['roles', 'Role', true],
  ]],
  ['storage.k8s.io/v1', [
    ['csidrivers', 'CSIDriver', false], ['csinodes', 'CSINode', false], ['csistoragecapacities', 'CSIStorageCapacity', true],
    ['storageclasses', 'StorageClass', false, 'sc'], ['volumeattachments', 'VolumeAttachment', false],
  ]],
  ['admissionregistration.k8s.io/v1', [
    ['mutatingwebhookconfigurations', 'MutatingWebhookConfiguration', false],
    ['validatingadmissionpolicies', 'ValidatingAdmissionPolicy', false],
    ['validatingadmissionpolicybindings', 'ValidatingAdmissionPolicyBinding', false],
    ['validatingwebhookconfigurations', 'ValidatingWebhookConfiguration', false],
  ]],
  ['apiextensions.k8s.io/v1', [['customresourcedefinitions', 'CustomResourceDefinition', false, 'crd,crds']]],
  ['scheduling.k8s.io/v1', [['priorityclasses', 'PriorityClass', false, 'pc']]],
  ['coordination.k8s.io/v1', [['leases', 'Lease', true]]],
  ['node.k8s.io/v1', [['runtimeclasses', 'RuntimeClass', false]]],
  ['discovery.k8s.io/v1', [['endpointslices', 'EndpointSlice', true]]],
  ['flowcontrol.apiserver.k8s.io/v1', [
    ['flowschemas', 'FlowSchema', false], ['prioritylevelconfigurations', 'PriorityLevelConfiguration', false],
  ]],
];

export const BUILTIN_API_RESOURCES: readonly ApiResource[] = GROUPS.flatMap(([groupVersion, rows]) => {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return rows.map(([resource, kind, namespaced, shortNames]) => ({
    group: group!, version: version!, resource, kind, namespaced, shortNames: shortNames ? shortNames.split(',') : [],
  }));
});

export function apiResourceMapper(resources: readonly ApiResource[] = BUILTIN_API_RESOURCES): ApiResourceMapper {
  return {
    resourceFor(typed, group) {
      // ShortcutExpander matches short names as typed; DefaultRESTMapper then lower-cases plural/singular names.
      const inGroup = (r: ApiResource) => group === '' || r.group === group;
      const shortcut = resources.find((r) => inGroup(r) && r.shortNames.includes(typed));
      if (shortcut) return { resource: shortcut.resource, group: shortcut.group };
      const name = typed.toLowerCase();
      const match = resources.find((r) => inGroup(r) && (r.resource === name || r.kind.toLowerCase() === name));
      return match ? { resource: match.resource, group: match.group } : undefined;
    },
  };
}
