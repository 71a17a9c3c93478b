/**
 * Mirror pods (`pkg/kubelet/pod/mirror_client.go`): the API copy of a static pod, named like it, with
 * the annotation `kubernetes.io/config.mirror` set to the static pod's hash and the Node as controller
 * owner. Admission refuses mirror pods that reference other API objects (ServiceAccount admission for
 * service accounts and secrets, NodeRestriction for configmaps and claims); the kubelet then only logs
 * `Failed creating a mirror pod` and the static pod runs invisibly.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { Node, Pod, PodSpec } from '../../api/schemas';

export const CONFIG_MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';
export const CONFIG_HASH_ANNOTATION = 'kubernetes.io/config.hash';
export const CONFIG_SOURCE_ANNOTATION = 'kubernetes.io/config.source';
export const CONFIG_SEEN_ANNOTATION = 'kubernetes.io/config.seen';

export function isMirrorPod(pod: { metadata: { annotations?: Record<string, string> } }): boolean {
  return pod.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION] !== undefined;
}

export function mirrorPodFor(staticPod: Pod, node: StoredObject<Node>): KubeObject {
  const hash = staticPod.metadata.annotations?.[CONFIG_HASH_ANNOTATION] ?? '';
  const { uid: _uid, ...metadata } = staticPod.metadata;
  return {
    ...staticPod,
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...metadata,
      annotations: { ...staticPod.metadata.annotations, [CONFIG_MIRROR_ANNOTATION]: hash },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name, uid: node.metadata.uid, controller: true }],
    },
    status: undefined,
  } as KubeObject;
}

/** Why admission would refuse the mirror pod, in the apiserver's words, or undefined when it is admitted. */
export function mirrorPodForbidden(pod: Pod, nodeName: string): string | undefined {
  const spec: PodSpec = pod.spec ?? {};
  const name = pod.metadata.name;
  const containers = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  const forbidden = (why: string) => `pods "${name}" is forbidden: ${why}`;
  if (spec.serviceAccountName || spec.serviceAccount) return forbidden('a mirror pod may not reference service accounts');
  const secretVolume = (spec.volumes ?? []).some((v) => v.secret || v.projected?.sources?.some((s) => s.secret));
  const secretEnv = containers.some((c) => c.envFrom?.some((e) => e.secretRef) || c.env?.some((e) => e.valueFrom?.secretKeyRef));
  if (secretVolume || secretEnv || (spec.imagePullSecrets ?? []).length > 0) return forbidden('a mirror pod may not reference secrets');
  if ((spec.volumes ?? []).some((v) => v.projected?.sources?.some((s) => s.serviceAccountToken))) return forbidden('a mirror pod may not use ServiceAccountToken volume projections');
  const configMapVolume = (spec.volumes ?? []).some((v) => v.configMap || v.projected?.sources?.some((s) => s.configMap));
  const configMapEnv = containers.some((c) => c.envFrom?.some((e) => e.configMapRef) || c.env?.some((e) => e.valueFrom?.configMapKeyRef));
  if (configMapVolume || configMapEnv) return forbidden(`node "${nodeName}" can not create pods that reference configmaps`);
  if ((spec.volumes ?? []).some((v) => v.persistentVolumeClaim)) return forbidden(`node "${nodeName}" can not create pods that reference persistentvolumeclaims`);
  return undefined;
}
