/**
 * ControllerRevisions for DaemonSets and StatefulSets (pkg/controller/history/controller_history.go and the
 * getPatch helpers of daemon/update.go and statefulset/stateful_set_utils.go): each revision stores the
 * template as a strategic-merge patch `{spec: {template: {..., $patch: replace}}}`, is named
 * `<owner>-<hash>`, carries the owner's annotations as they were when it was made, and an increasing
 * `revision` number. Returning to an earlier template reuses
 * that revision with the next number (a rollback), as FindEqualRevisions does.
 */
import { computeHash, controllerRefOf, jsonEqual, type KubeObject, type Selector, type StoredObject } from '../api';
import type { PodTemplateSpec } from '../api/schemas';
import type { Action, StoreView } from './controller';
import { controllerRef } from './owner-references';

export interface RevisionLike extends KubeObject {
  data?: unknown;
  revision?: number;
}

export interface RevisionPlan {
  /** The revision matching the owner's template (possibly just planned). */
  name: string;
  hash: string;
  revision: number;
  actions: Action[];
}

export function revisionData(template: PodTemplateSpec | undefined): unknown {
  return { spec: { template: { ...structuredClone(template ?? {}), $patch: 'replace' } } };
}

/** The owner's ControllerRevisions, oldest revision first. */
export function ownedRevisions(owner: StoredObject, store: StoreView): StoredObject<RevisionLike>[] {
  return store
    .dependents(owner.metadata.uid)
    .filter((o): o is StoredObject<RevisionLike> => o.kind === 'ControllerRevision' && controllerRefOf(o)?.uid === owner.metadata.uid)
    .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
}

/**
 * ListRevisions + AdoptOrphanRevisions (statefulset/stateful_set.go adoptOrphanRevisions): the owner's
 * revisions together with the orphans its selector matches, oldest first, and the updates that adopt those.
 * An orphan counts as the owner's at once, as ListControllerRevisions returns orphans too: a StatefulSet
 * deleted with --cascade=orphan and created again reuses its old revision instead of colliding with its name.
 * The revisions returned are the adopted versions, so a later update of one (currentRevision renumbering it)
 * carries the owner reference and replaces its adopting update.
 */
export function claimRevisions(owner: StoredObject, selector: Selector, store: StoreView): { revisions: StoredObject<RevisionLike>[]; actions: Action[] } {
  const orphans = store
    .list('ControllerRevision', owner.metadata.namespace)
    .filter((o): o is StoredObject<RevisionLike> => !controllerRefOf(o) && selector.matches(o.metadata.labels));
  if (orphans.length === 0 || owner.metadata.deletionTimestamp) return { revisions: ownedRevisions(owner, store), actions: [] };
  const adopted = orphans.map((r) => ({ ...r, metadata: { ...r.metadata, ownerReferences: [...(r.metadata.ownerReferences ?? []), controllerRef(owner)] } }));
  const revisions = [...ownedRevisions(owner, store), ...adopted].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  return { revisions, actions: adopted.map((object) => ({ type: 'update', object })) };
}

/**
 * Finds or plans the revision for the owner's current template. `hashLabel` is the label the revision
 * carries its hash in (`controller-revision-hash` for DaemonSets, `controller.kubernetes.io/hash` for StatefulSets).
 */
export function currentRevision(owner: StoredObject, template: PodTemplateSpec | undefined, revisions: readonly StoredObject<RevisionLike>[], hashLabel: string): RevisionPlan {
  const data = revisionData(template);
  const latest = revisions.at(-1);
  const next = (latest?.revision ?? 0) + 1;
  const equal = revisions.filter((r) => jsonEqual(r.data, data)).at(-1);
  if (equal) {
    const hash = equal.metadata.labels?.[hashLabel] ?? equal.metadata.name.slice(owner.metadata.name.length + 1);
    if (equal === latest) return { name: equal.metadata.name, hash, revision: equal.revision ?? next, actions: [] };
    return { name: equal.metadata.name, hash, revision: next, actions: [{ type: 'update', object: { ...equal, revision: next } }] };
  }
  const collisionCount = (owner.status as { collisionCount?: number } | undefined)?.collisionCount;
  const hash = computeHash(template, collisionCount);
  const name = `${owner.metadata.name}-${hash}`;
  const revision: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name,
      namespace: owner.metadata.namespace,
      labels: { ...(template?.metadata?.labels ?? {}), [hashLabel]: hash },
      // Both controllers copy every owner annotation into the new revision (daemon/update.go snapshot,
      // statefulset newRevision); `kubectl rollout history` reads its CHANGE-CAUSE from there.
      ...(owner.metadata.annotations && Object.keys(owner.metadata.annotations).length > 0 ? { annotations: { ...owner.metadata.annotations } } : {}),
      ownerReferences: [controllerRef(owner)],
    },
    data,
    revision: next,
  };
  return { name, hash, revision: next, actions: [{ type: 'create', object: revision, owner }] };
}

/** Deletes the oldest revisions beyond `limit`, never one that `live` names. */
export function truncateHistory(revisions: readonly StoredObject<RevisionLike>[], live: ReadonlySet<string>, limit: number): Action[] {
  const history = revisions.filter((r) => !live.has(r.metadata.name));
  return history.slice(0, Math.max(history.length - limit, 0)).map((r) => ({ type: 'delete' as const, object: r }));
}

/** The pod template a revision stores. */
export function templateOfRevisionData(data: unknown): PodTemplateSpec {
  const template = { ...((data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) };
  delete template.$patch;
  return template as PodTemplateSpec;
}
