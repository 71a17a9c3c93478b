/**
 * The replica manager (pkg/controller/replicaset/replica_set.go; pkg/controller/replication wraps the same
 * code for ReplicationControllers): keeps `spec.replicas` active pods matching the selector, adopting and
 * releasing pods by selector, creating in slow-start batches of at most 500 per sync and deleting the
 * pods ActivePodsWithRanks puts first.
 * Simplifications: no expectations (the store is synchronous, so a sync always sees its own writes);
 * ReplicaFailure is not set (create failures are FailedCreate events, see replica-set-status.ts).
 */
import { controllerRefOf, type KubeObject, type ObjectKey, type Selector, type StoredObject } from '../api';
import type { PodTemplateSpec } from '../api/schemas';
import { selectPodsForDeletion } from './active-pods-ranking';
import { claimObjects } from './claim-objects';
import type { Action, Controller, ControllerContext, StoreView } from './controller';
import { podFromTemplate } from './pod-from-template';
import { isPodActive } from './pod-readiness';
import { nextAvailabilityCheck, replicaSetStatus, replicaSetStatusFromCounts, type ReplicaSetLike } from './replica-set-status';
import { activeControlledPods, controlledPodsIndexer, countControlledPods } from './controlled-pods';
import { rankingClassIndexer, selectIndexedPodsForDeletion } from './deletion-index';
import { slowStartBatch } from './slow-start-batch';
import { jsonEqual } from '../api';
import { managerKeys, podOwnerKeys } from './replica-manager-watches';
import { mapSelector, specSelector } from './spec-selector';
import { statusPatch } from './status-patch';

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
      { kind: options.kind, toKeys: (e) => managerKeys(e, options.kind) },
      { kind: 'Pod', toKeys: (e, store) => podOwnerKeys(e, store, options) },
    ],
    indexers: [controlledPodsIndexer, rankingClassIndexer],
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
  if (!jsonEqual(status, rs.status ?? {})) actions.push(patchStatus(rs, status));
  const recheck = nextAvailabilityCheck(rs, claimed, context.now);
  if (recheck !== undefined) actions.push({ type: 'requeueAfter', key, ms: recheck });
  return actions;
}

/**
 * The same sync from the pod indexes, without listing the namespace's pods: it applies when nothing is to be
 * adopted or released and availability needs no per-pod times (minReadySeconds 0). A scale-down ranks this
 * ReplicaSet's pods from the ranking-class index (deletion-index.ts).
 */
function syncFromCounts(rs: StoredObject<ReplicaSetLike>, selector: Selector, context: ControllerContext): Action[] | undefined {
  const replicas = rs.spec?.replicas ?? 1;
  if (rs.metadata.deletionTimestamp || (rs.spec?.minReadySeconds ?? 0) > 0) return undefined;
  const counts = countControlledPods(context.store, rs, selector, mapSelector(rs.spec?.template?.metadata?.labels));
  if (!counts) return undefined;
  const actions = counts.active > replicas ? deletePods(rs, indexedPodsToDelete(rs, counts.active - replicas, counts.active, context)) : createMissing(rs, replicas - counts.active);
  // minReadySeconds is 0 here, so every Ready pod is available (IsPodAvailable).
  const status = replicaSetStatusFromCounts(rs, { replicas: counts.active, fullyLabeledReplicas: counts.fullyLabeled, readyReplicas: counts.ready, availableReplicas: counts.ready });
  if (!jsonEqual(status, rs.status ?? {})) actions.push(patchStatus(rs, status));
  return actions;
}

function patchStatus(rs: StoredObject<ReplicaSetLike>, status: Record<string, unknown>): Action {
  return { type: 'patchStatus', object: statusPatch(rs, status) };
}

/** manageReplicas: create the missing pods or delete the surplus, ranked. */
export function manageReplicas(rs: StoredObject<ReplicaSetLike>, pods: readonly StoredObject[], context: ControllerContext): Action[] {
  const diff = pods.length - (rs.spec?.replicas ?? 1);
  if (diff < 0) return createMissing(rs, -diff);
  if (diff === 0) return [];
  const count = Math.min(diff, BURST_REPLICAS);
  // getPodsToDelete: all of them unranked (in listing order), else the first `diff` by ActivePodsWithRanks.
  return deletePods(rs, diff < pods.length ? selectPodsForDeletion(pods, relatedPods(rs, context.store), context.now, count) : pods.slice(0, count));
}

/** getPodsToDelete from the indexes; all of them go in name order, the full path's listing order. */
function indexedPodsToDelete(rs: StoredObject<ReplicaSetLike>, diff: number, active: number, context: ControllerContext): StoredObject[] {
  const count = Math.min(diff, BURST_REPLICAS);
  if (diff >= active) return activeControlledPods(context.store, rs)!.sort(byName).slice(0, count);
  return selectIndexedPodsForDeletion(context.store, rs, siblingReplicaSets(rs, context.store), context.now, count)!;
}

function deletePods(rs: StoredObject<ReplicaSetLike>, victims: readonly StoredObject[]): Action[] {
  return victims.map((pod) => ({
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
  return siblingReplicaSets(rs, store).flatMap((s) => store.dependents(s.metadata.uid).filter((o) => o.kind === 'Pod'));
}

/** getReplicaSetsWithSameController: this one included; none without a controller. */
function siblingReplicaSets(rs: StoredObject, store: StoreView): StoredObject[] {
  const owner = controllerRefOf(rs);
  return owner ? store.dependents(owner.uid).filter((o) => o.kind === rs.kind) : [];
}

function byName(a: StoredObject, b: StoredObject): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
