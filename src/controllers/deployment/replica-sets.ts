/**
 * Finding and building a Deployment's ReplicaSets (deployment_util.go FindNewReplicaSet, EqualIgnoreHash,
 * FilterActiveReplicaSets; sync.go getNewReplicaSet's object): the new RS is the oldest whose template equals
 * the Deployment's once `pod-template-hash` is ignored, so returning to an old template reuses its RS.
 */
import { canonicalJson, computeHash, jsonEqual, type StoredObject } from '../../api';
import { parseRFC3339 } from '../../clock';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../api/schemas';
import { controllerRef } from '../owner-references';

export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** A ReplicaSet in a sync: a mutable copy, which may not exist in the store yet (uid unset). */
export type WorkingReplicaSet = ReplicaSet & { metadata: ReplicaSet['metadata'] & { name: string } };

export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return jsonEqual(withoutHash(a), withoutHash(b));
}

export function withoutHash(template: PodTemplateSpec | undefined): PodTemplateSpec {
  const labels = { ...(template?.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH];
  return { ...template, metadata: { ...template?.metadata, labels } };
}

/** ReplicaSetsByCreationTimestamp: oldest first, ties by name. */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const diff = created(a) - created(b);
  if (diff !== 0) return diff;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
}

export function created(rs: ReplicaSet): number {
  // A ReplicaSet not created yet sorts last.
  return rs.metadata.creationTimestamp ? parseRFC3339(rs.metadata.creationTimestamp) : Number.POSITIVE_INFINITY;
}

/** The first match in byCreation order: the oldest matching one, found without sorting a copy of the list. */
export function findNewReplicaSet<T extends ReplicaSet>(d: Deployment, rss: readonly T[]): T | undefined {
  const wanted = templateKey(d);
  let oldest: T | undefined;
  for (let i = 0; i < rss.length; i++) {
    const rs = rss[i]!;
    if ((oldest === undefined || byCreation(rs, oldest) < 0) && templateKey(rs) === wanted) oldest = rs;
  }
  return oldest;
}

/**
 * The canonical form of a template without pod-template-hash, memoised per stored (frozen, immutable)
 * template object: a Deployment sync compares its template with every ReplicaSet's on each of the
 * thousands of syncs a large rollout makes. A working copy shares its original's frozen template (a sync
 * replaces `spec` by a shallow copy, never the template), so it finds the same memo.
 */
const TEMPLATE_KEYS = new WeakMap<object, string>();

/**
 * A working copy of a stored ReplicaSet: its top level only. A sync replaces `spec` (sync.ts) and writes
 * annotations through writableAnnotations (annotations.ts), which copies the frozen metadata on the first
 * write; the rest stays shared with the frozen original. Most syncs (one per pod) change no ReplicaSet, and
 * copying each one's metadata and annotations on every sync cost more than the sync itself.
 */
export function workingCopy(rs: ReplicaSet): WorkingReplicaSet {
  return { ...rs } as WorkingReplicaSet;
}

function templateKey(obj: Deployment | ReplicaSet): string {
  const template = obj.spec?.template;
  // Only a stored (frozen) template can never change under its memo.
  if (!template || !Object.isFrozen(template)) return canonicalJson(withoutHash(template));
  const cached = TEMPLATE_KEYS.get(template);
  if (cached !== undefined) return cached;
  const key = canonicalJson(withoutHash(template));
  TEMPLATE_KEYS.set(template, key);
  return key;
}

export function isActive(rs: ReplicaSet): boolean {
  return (rs.spec?.replicas ?? 0) > 0;
}

/** The new RS object: `<deployment>-<hash>`, the hash label on its labels, selector and template. */
export function buildNewReplicaSet(d: StoredObject<Deployment>): WorkingReplicaSet {
  const template = structuredClone(d.spec?.template ?? {}) as PodTemplateSpec;
  const hash = computeHash(template, d.status?.collisionCount);
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH]: hash };
  template.metadata = { ...template.metadata, labels };
  const selector = structuredClone(d.spec?.selector ?? {});
  selector.matchLabels = { ...selector.matchLabels, [POD_TEMPLATE_HASH]: hash };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, labels, ownerReferences: [controllerRef(d)] },
    spec: { replicas: 0, minReadySeconds: d.spec?.minReadySeconds ?? 0, selector, template },
  };
}
