/**
 * The replica manager (pkg/controller/replicaset/replica_set.go; pkg/controller/replication wraps the same
 * code for ReplicationControllers): keeps `spec.replicas` active pods matching the selector, adopting and
 * releasing pods by selector, creating in slow-start batches of at most 500 per sync and deleting the
 * pods ActivePodsWithRanks puts first.
 * Simplifications: no expectations (the store is synchronous, so a sync always sees its own writes);
 * ReplicaFailure is not set (create failures are FailedCreate events, see replica-set-status.ts).
 */
import { canonicalJson, controllerRefOf, objectKey, selectorFromMap, type KubeObject, type ObjectKey, type Selector, type StoredObject, type WatchEvent } from '../api';
import type { PodTemplateSpec } from '../api/schemas';
import { rankPodsForDeletion } from './active-pods-ranking';
import { claimObjects } from './claim-objects';
import type { Action, Controller, ControllerContext, StoreView } from './controller';
import { podFromTemplate } from './pod-from-template';
import { isPodActive } from './pod-readiness';
import { nextAvailabilityCheck, replicaSetStatus, replicaSetStatusFromCounts, type ReplicaSetLike } from './replica-set-status';
import { controlledPodsIndexer, countControlledPods } from './controlled-pods';
import { slowStartBatch } from './slow-start-batch';
import { specSelector } from './spec-selector';

/** controller.BurstReplicas: at most this many creates or deletes per sync. */
export const BURST_REPLICAS = 500;

export interface ReplicaManagerOptions {
  kind: 'ReplicaSet' | 'ReplicationController';
  name: string;
  selectorOf(obj: KubeObject): Selector | undefined;
}

export function replicaManager(options: ReplicaManagerOptions): Controller {
  return {
    name: options.name,
    watches: [
      { kind: options.kind, toKeys: (e) => (e.type === 'DELETED' ? [] : [objectKey(options.kind, e.object.metadata.namespace, e.object.metadata.name)]) },
      { kind: 'Pod', toKeys: (e, store) => podOwnerKeys(e, store, options) },
    ],
    indexers: [controlledPodsIndexer],
    reconcile: (key, context) => syncReplicaSet(key, context, options),
  };
}

export const replicaSetController = replicaManager({
  kind: 'ReplicaSet',
  name: 'replicaset-controller',
  selectorOf: specSelector,
});

function syncReplicaSet(key: ObjectKey, context: ControllerContext, options: ReplicaManagerOptions): Action[] {
  const rs = context.store.getByKey(key) as StoredObject<ReplicaSetLike> | undefined;
  const selector = rs && options.selectorOf(rs);
  if (!rs || !selector) return [];
  const counted = syncFromCounts(rs, selector, context);
  if (counted) return counted;
  const pods = context.store.list('Pod', rs.metadata.namespace).filter(isPodActive);
  const { claimed, actions } = claimObjects(rs, selector, pods);
  if (!rs.metadata.deletionTimestamp) actions.push(...manageReplicas(rs, claimed, context));
  const status = replicaSetStatus(rs, claimed, context.now);
  if (canonicalJson(status) !== canonicalJson(rs.status ?? {})) actions.push({ type: 'patchStatus', object: { ...rs, metadata: { ...rs.metadata, resourceVersion: undefined }, status } });
  const recheck = nextAvailabilityCheck(rs, claimed, context.now);
  if (recheck !== undefined) actions.push({ type: 'requeueAfter', key, ms: recheck });
  return actions;
}

/**
 * The same sync from the pod index's counts, without listing the namespace's pods: it applies when nothing
 * is to be adopted, released or deleted (deletion ranks the pods) and availability needs no per-pod times.
 */
function syncFromCounts(rs: StoredObject<ReplicaSetLike>, selector: Selector, context: ControllerContext): Action[] | undefined {
  const replicas = rs.spec?.replicas ?? 1;
  if (rs.metadata.deletionTimestamp || (rs.spec?.minReadySeconds ?? 0) > 0) return undefined;
  const counts = countControlledPods(context.store, rs, selector, selectorFromMap(rs.spec?.template?.metadata?.labels ?? {}));
  if (!counts || counts.active > replicas) return undefined;
  const actions = createMissing(rs, replicas - counts.active);
  // minReadySeconds is 0 here, so every Ready pod is available (IsPodAvailable).
  const status = replicaSetStatusFromCounts(rs, { replicas: counts.active, fullyLabeledReplicas: counts.fullyLabeled, readyReplicas: counts.ready, availableReplicas: counts.ready });
  if (canonicalJson(status) !== canonicalJson(rs.status ?? {})) actions.push({ type: 'patchStatus', object: { ...rs, metadata: { ...rs.metadata, resourceVersion: undefined }, status } });
  return actions;
}

/** manageReplicas: create the missing pods or delete the surplus, ranked. */
export function manageReplicas(rs: StoredObject<ReplicaSetLike>, pods: readonly StoredObject[], context: ControllerContext): Action[] {
  const diff = pods.length - (rs.spec?.replicas ?? 1);
  if (diff < 0) return createMissing(rs, -diff);
  if (diff === 0) return [];
  const victims = diff < pods.length ? rankPodsForDeletion(pods, relatedPods(rs, context.store), context.now) : pods;
  return victims.slice(0, Math.min(diff, BURST_REPLICAS)).map((pod) => ({
    type: 'delete' as const,
    object: pod,
    owner: rs,
    successEvent: { reason: 'SuccessfulDelete', messagePrefix: 'Deleted pod: ' },
  }));
}

function createMissing(rs: StoredObject<ReplicaSetLike>, missing: number): Action[] {
  const template = rs.spec?.template as PodTemplateSpec | undefined;
  return Array.from({ length: Math.min(missing, BURST_REPLICAS) }, (_, i) => ({
    type: 'create' as const,
    object: podFromTemplate(template, rs),
    owner: rs,
    batch: slowStartBatch(i),
    successEvent: { reason: 'SuccessfulCreate', messagePrefix: 'Created pod: ' },
  }));
}

/** getIndirectlyRelatedPods: the pods of every ReplicaSet controlled by this one's controller (a Deployment's RSes). */
function relatedPods(rs: StoredObject, store: StoreView): StoredObject[] {
  const owner = controllerRefOf(rs);
  if (!owner) return [];
  const siblings = store.dependents(owner.uid).filter((o) => o.kind === rs.kind);
  return siblings.flatMap((s) => store.dependents(s.metadata.uid).filter((o) => o.kind === 'Pod'));
}

/** addPod/updatePod/deletePod: the controlling owner, or for an orphan every manager whose selector matches. */
function podOwnerKeys(event: WatchEvent, store: StoreView, options: ReplicaManagerOptions): ObjectKey[] {
  const keys = new Set<ObjectKey>();
  for (const pod of [event.object, event.oldObject]) {
    const ref = pod && controllerRefOf(pod);
    if (ref?.kind === options.kind) keys.add(objectKey(options.kind, pod!.metadata.namespace, ref.name));
  }
  const pod = event.object;
  if (event.type !== 'DELETED' && !controllerRefOf(pod)) {
    for (const rs of store.list(options.kind, pod.metadata.namespace)) {
      if (options.selectorOf(rs)?.matches(pod.metadata.labels)) keys.add(objectKey(options.kind, rs.metadata.namespace, rs.metadata.name));
    }
  }
  return [...keys];
}
