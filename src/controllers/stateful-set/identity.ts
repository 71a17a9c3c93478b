/**
 * A StatefulSet pod's identity and storage (pkg/controller/statefulset/stateful_set_utils.go
 * newStatefulSetPod, updateIdentity, updateStorage, getPersistentVolumeClaims): name `<set>-<ordinal>`,
 * hostname = name, subdomain = serviceName, the pod-name and pod-index labels, the revision label, and one
 * claim `<template>-<set>-<ordinal>` per volumeClaimTemplate mounted under the template's name.
 */
import type { KubeObject, OwnerReference, StoredObject } from '../../api';
import type { PodTemplateSpec, StatefulSet } from '../../api/schemas';
import { podFromTemplate } from '../pod-from-template';

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
export const REVISION_LABEL = 'controller-revision-hash';

export function podName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

/** getParentNameAndOrdinal: the ordinal of `<set>-<n>`, or undefined for another name. */
export function ordinalOf(set: StatefulSet, pod: KubeObject): number | undefined {
  const match = /^(.*)-(\d+)$/.exec(pod.metadata.name ?? '');
  return match && match[1] === set.metadata.name ? Number(match[2]) : undefined;
}

export function claimName(set: StatefulSet, template: string, ordinal: number): string {
  return `${template}-${set.metadata.name}-${ordinal}`;
}

interface ClaimTemplate {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
}

function claimTemplates(set: StatefulSet): ClaimTemplate[] {
  return (set.spec?.volumeClaimTemplates ?? []) as ClaimTemplate[];
}

/** newVersionedStatefulSetPod: the pod for `ordinal` from `template`, labelled with `revision`. */
export function statefulPod(set: StoredObject<StatefulSet>, template: PodTemplateSpec | undefined, ordinal: number, revision: string): KubeObject {
  const name = podName(set, ordinal);
  const claims = claimTemplates(set).map((c) => c.metadata?.name ?? '');
  const volumes = ((template?.spec as { volumes?: { name?: string }[] } | undefined)?.volumes ?? []).filter((v) => !claims.includes(v.name ?? ''));
  const claimVolumes = claims.map((c) => ({ name: c, persistentVolumeClaim: { claimName: claimName(set, c, ordinal) } }));
  return podFromTemplate(template, set, {
    name,
    labels: { [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: revision },
    spec: {
      hostname: name,
      ...(set.spec?.serviceName ? { subdomain: set.spec.serviceName } : {}),
      ...(claimVolumes.length + volumes.length > 0 ? { volumes: [...claimVolumes, ...volumes] } : {}),
    },
  });
}

/** The claims a pod needs, labelled with the set's selector, owned by the set when whenDeleted is Delete. */
export function statefulClaims(set: StoredObject<StatefulSet>, ordinal: number): KubeObject[] {
  const matchLabels = set.spec?.selector?.matchLabels ?? {};
  const owned = set.spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted === 'Delete';
  return claimTemplates(set).map((template) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: claimName(set, template.metadata?.name ?? '', ordinal),
      namespace: set.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}), ...matchLabels },
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ...(owned ? { ownerReferences: [ownerRef(set)] } : {}),
    },
    spec: structuredClone(template.spec ?? {}),
  }));
}

/** setOwnerRef: a plain (non-controller) owner reference, as the retention policy adds them. */
export function ownerRef(owner: StoredObject): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid };
}
