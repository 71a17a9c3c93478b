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
  const labels = { ...(meta.labels ?? {}), ...overrides.labels };
  const annotations = { ...(meta.annotations ?? {}), ...overrides.annotations };
  const finalizers = [...(meta.finalizers ?? []), ...(overrides.finalizers ?? [])];
  const metadata: ObjectMeta = {
    ...(overrides.name ? { name: overrides.name } : { generateName: overrides.generateName ?? `${owner.metadata.name}-` }),
    namespace: owner.metadata.namespace,
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    ...(finalizers.length > 0 ? { finalizers } : {}),
    ownerReferences: [controllerRef(owner)],
  };
  // The spec's subtrees stay the template's: the apiserver's defaulting works on its own deep copy (applyDefaults),
  // and a stored template is frozen, so nothing can change them in between (the structuredClone per pod that was
  // here cost ≈ 0.7 % of `bench scale`).
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: { ...(template?.spec ?? {}), ...overrides.spec } };
}
