/**
 * controller.GetPodFromTemplate (pkg/controller/controller_utils.go): a pod built from a workload's
 * template with the owner's controller reference. The apiserver fills the name from `generateName`.
 */
import type { KubeObject, ObjectMeta, StoredObject } from '../api';
import type { PodTemplateSpec } from '../api/schemas';
import { controllerRef } from './owner-references';

export interface PodOverrides {
  name?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  /** Fields merged over the template's spec (hostname, subdomain, affinity...). */
  spec?: Record<string, unknown>;
}

export function podFromTemplate(template: PodTemplateSpec | undefined, owner: StoredObject, overrides: PodOverrides = {}): KubeObject {
  const meta = template?.metadata ?? {};
  // Merged copies only when there is something to merge: a ReplicaSet's pods take the template's labels as they
  // are (the apiserver's defaulting copies the pod before changing anything, and a stored template is frozen).
  const labels = overrides.labels ? { ...meta.labels, ...overrides.labels } : meta.labels;
  const annotations = overrides.annotations ? { ...meta.annotations, ...overrides.annotations } : meta.annotations;
  const finalizers = overrides.finalizers ? [...(meta.finalizers ?? []), ...overrides.finalizers] : meta.finalizers;
  // Built field by field in one order (name or generateName, namespace, labels, annotations, finalizers,
  // ownerReferences): spreading fresh conditional literals made a new hidden class for every pod.
  const metadata: ObjectMeta = overrides.name ? { name: overrides.name } : { generateName: overrides.generateName ?? `${owner.metadata.name}-` };
  metadata.namespace = owner.metadata.namespace;
  if (hasKeys(labels)) metadata.labels = labels;
  if (hasKeys(annotations)) metadata.annotations = annotations;
  if (finalizers && finalizers.length > 0) metadata.finalizers = finalizers;
  metadata.ownerReferences = [controllerRef(owner)];
  // The spec's subtrees stay the template's: the apiserver's defaulting works on its own deep copy (applyDefaults),
  // and a stored template is frozen, so nothing can change them in between (the structuredClone per pod that was
  // here cost ≈ 0.7 % of `bench scale`).
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: { ...(template?.spec ?? {}), ...overrides.spec } };
}

function hasKeys(record: Record<string, string> | undefined): record is Record<string, string> {
  for (const _ in record) return true;
  return false;
}
