/**
 * Defaults of the core/v1 kinds: pkg/apis/core/v1/defaults.go (SetDefaults_*) and its generated
 * zz_generated.defaults.go, plus what the registry strategies set on every write that `kubectl get -o yaml`
 * shows (Namespace finalizers, Service IP families, zero structs Go always encodes).
 * Each function mutates the copy that applyDefaults made.
 */
import type {
  Endpoints,
  Namespace,
  Node,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicationController,
  Secret,
} from '../schemas';
import { defaultPodSpec, defaultPodTemplateSpec } from './pod-spec';
import { defaultService } from './service';
import { defaultVolumeSource } from './volume-source';

/** SetDefaults_Pod + the PodSpec defaults. */
export function defaultPod(pod: Pod): void {
  pod.spec ??= {};
  defaultPodSpec(pod.spec);
  for (const container of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
    const resources = (container.resources ??= {});
    // "If limits are specified, but requests are not, default requests to limits" (Pod only, not templates).
    if (resources.limits) resources.requests = { ...resources.limits, ...resources.requests };
  }
  pod.spec.enableServiceLinks ??= true;
  if (pod.spec.hostNetwork) {
    for (const container of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
      for (const port of container.ports ?? []) port.hostPort ||= port.containerPort;
    }
  }
}

/** SetDefaults_ReplicationController: selector and labels from the template; `replicas: 1` (declarative). */
export function defaultReplicationController(rc: ReplicationController): void {
  rc.spec ??= {};
  rc.spec.replicas ??= 1;
  const labels = rc.spec.template?.metadata?.labels;
  if (labels) {
    if (!rc.spec.selector || Object.keys(rc.spec.selector).length === 0) rc.spec.selector = { ...labels };
    if (!rc.metadata.labels || Object.keys(rc.metadata.labels).length === 0) rc.metadata.labels = { ...labels };
  }
  if (rc.spec.template) defaultPodTemplateSpec(rc.spec.template);
}

export function defaultPersistentVolume(pv: PersistentVolume): void {
  pv.status ??= {};
  pv.status.phase ||= 'Pending';
  pv.spec ??= {};
  pv.spec.persistentVolumeReclaimPolicy ||= 'Retain';
  pv.spec.volumeMode ??= 'Filesystem';
  defaultVolumeSource(pv.spec as Record<string, unknown>);
}

export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim): void {
  pvc.status ??= {};
  pvc.status.phase ||= 'Pending';
  pvc.spec ??= {};
  pvc.spec.volumeMode ??= 'Filesystem';
}

export function defaultSecret(secret: Secret): void {
  secret.type ||= 'Opaque';
}

/** SetDefaults_Namespace (the `kubernetes.io/metadata.name` label) and SetDefaults_NamespaceStatus (phase Active). */
export function defaultNamespace(namespace: Namespace): void {
  const name = namespace.metadata.name;
  if (name) namespace.metadata.labels = { ...namespace.metadata.labels, 'kubernetes.io/metadata.name': name };
  namespace.status ??= {};
  namespace.status.phase ||= 'Active';
}

export function defaultEndpoints(endpoints: Endpoints): void {
  for (const subset of endpoints.subsets ?? []) for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
}

/** SetDefaults_NodeStatus: allocatable defaults to capacity. */
export function defaultNode(node: Node): void {
  if (node.status?.capacity && !node.status.allocatable) node.status.allocatable = { ...node.status.capacity };
}

export { defaultService };
