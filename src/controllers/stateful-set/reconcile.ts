/**
 * The StatefulSet controller (pkg/controller/statefulset/stateful_set_control.go updateStatefulSet,
 * processReplica, processCondemned; stateful_pod_control.go), v1.32. OrderedReady ("monotonic") handles
 * ordinals one at a time: create the next only when every lower one is Running, Ready and available;
 * scale down from the highest ordinal, one at a time. Parallel creates and deletes all at once. Rolling
 * updates delete pods not at the update revision from the highest ordinal down to the partition, one at a
 * time, waiting for each replacement to be healthy; OnDelete waits for manual deletes.
 * Orphans (a set deleted with --cascade=orphan, then created again) are adopted: the pods named as its members
 * that its selector matches, and the ControllerRevisions it matches (getPodsForStatefulSet, adoptOrphanRevisions).
 * Simplifications: claims get retention-policy owner references only when created
 * (whenDeleted) or when their pod is condemned (whenScaled); maxUnavailable (alpha) is not supported.
 */
import { controllerRefOf, objectKey, type ObjectKey, type Selector, type StoredObject, type WatchEvent } from '../../api';
import type { PodTemplateSpec, StatefulSet } from '../../api/schemas';
import type { Action, Controller, ControllerContext, StoreView, WatchKeys } from '../controller';
import { controllerOf } from '../owner-references';
import { claimObjects } from '../claim-objects';
import { controlledPodsIndexer, orphanPods } from '../controlled-pods';
import { specSelector } from '../spec-selector';
import { selectingOwnerKeys } from '../selecting-owners';
import { claimRevisions, currentRevision, templateOfRevisionData, truncateHistory } from '../controller-revision';
import { availableAt, isPodAvailable, podPhase } from '../pod-readiness';
import { claimName, ordinalOf, ownerRef, REVISION_LABEL, statefulClaims, statefulPod } from './identity';
import { runningAndReady, statefulSetStatus } from './status';
import { jsonEqual } from '../../api';
import { statusPatch } from '../status-patch';

const HASH_LABEL = 'controller.kubernetes.io/hash';

export const statefulSetController: Controller = {
  name: 'statefulset-controller',
  watches: [
    { kind: 'StatefulSet', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('StatefulSet', e.object.metadata.namespace, e.object.metadata.name)) },
    { kind: 'Pod', toKeys: podOwnerKey },
  ],
  reconcile: syncStatefulSet,
  indexers: [controlledPodsIndexer],
};

/**
 * addPod/updatePod/deletePod: the controlling StatefulSet, the one that let go of the pod, or for a live
 * orphan every StatefulSet whose selector matches it (getPodStatefulSets), which may adopt it.
 */
function podOwnerKey(event: WatchEvent, store: StoreView): WatchKeys {
  const pod = event.object;
  const ref = controllerOf(pod);
  const oldRef = event.oldObject && controllerOf(event.oldObject);
  const key = ref?.kind === 'StatefulSet' ? objectKey('StatefulSet', pod.metadata.namespace, ref.name) : undefined;
  const oldKey = oldRef?.kind === 'StatefulSet' && oldRef.uid !== ref?.uid ? objectKey('StatefulSet', pod.metadata.namespace, oldRef.name) : undefined;
  // Most pod writes end here, with one key or none: no list is made for them.
  if (ref || event.type === 'DELETED') return oldKey === undefined ? key : key === undefined ? oldKey : [key, oldKey];
  return selectingOwnerKeys(store, 'StatefulSet', pod, specSelector, oldKey);
}

interface SetSync {
  set: StoredObject<StatefulSet>;
  store: StoreView;
  now: number;
  actions: Action[];
  monotonic: boolean;
  /** The pod to create for an ordinal, at the current or the update revision. */
  versioned(ordinal: number): ReturnType<typeof statefulPod>;
}

function syncStatefulSet(key: ObjectKey, context: ControllerContext): Action[] {
  const set = context.store.getByKey(key) as StoredObject<StatefulSet> | undefined;
  const selector = set && specSelector(set);
  if (!set || !selector) return [];
  const { revisions, actions: adoptions } = claimRevisions(set, selector, context.store);
  const update = currentRevision(set, set.spec?.template, revisions, HASH_LABEL);
  const stored = revisions.find((r) => r.metadata.name === set.status?.currentRevision);
  const current = stored ? { name: stored.metadata.name, template: templateOfRevisionData(stored.data) } : { name: update.name, template: set.spec?.template };
  const claim = claimPods(set, selector, context.store);
  const pods = claim.claimed;
  const sync: SetSync = { set, store: context.store, now: context.now, actions: [...notRewrittenBy(adoptions, update.actions), ...update.actions, ...claim.actions], monotonic: set.spec?.podManagementPolicy !== 'Parallel', versioned: versionedPod(set, current, update.name) };
  if (!set.metadata.deletionTimestamp) {
    const { replicas, condemned } = splitByOrdinal(set, pods);
    const blocked = processReplicas(sync, replicas) || processCondemned(sync, replicas, condemned);
    if (!blocked && set.spec?.updateStrategy?.type === 'RollingUpdate') rollingUpdate(sync, replicas, update.name);
    const live = new Set([current.name, update.name, ...pods.map((p) => p.metadata.labels?.[REVISION_LABEL] ?? '')]);
    sync.actions.push(...truncateHistory(revisions, live, set.spec?.revisionHistoryLimit ?? 10));
  }
  const status = statefulSetStatus(set, pods, current.name, update.name, context.now);
  if (!jsonEqual(status, set.status ?? {})) sync.actions.push({ type: 'patchStatus', object: statusPatch(set, status) });
  const recheck = minReadyRecheck(set, pods, context.now);
  if (recheck !== undefined) sync.actions.push({ type: 'requeueAfter', key, ms: recheck });
  return sync.actions;
}

/** getPodsForStatefulSet: ClaimPods over the set's pods and the namespace's orphans, members only (isMemberOf). */
function claimPods(set: StoredObject<StatefulSet>, selector: Selector, store: StoreView): ReturnType<typeof claimObjects<StoredObject>> {
  const owned = store.dependents(set.metadata.uid).filter((p) => p.kind === 'Pod' && controllerRefOf(p)?.uid === set.metadata.uid);
  const candidates = [...owned, ...orphanPods(store, set.metadata.namespace)].filter((p) => ordinalOf(set, p) !== undefined);
  return claimObjects(set, selector, candidates);
}

/** The adopting updates not replaced by a later update of the same revision (which carries the adoption). */
function notRewrittenBy(adoptions: readonly Action[], later: readonly Action[]): Action[] {
  const updated = new Set(later.filter((a) => a.type === 'update').map((a) => a.object.metadata.name));
  return adoptions.filter((a) => a.type !== 'update' || !updated.has(a.object.metadata.name));
}

/** Ordinals [start, start + replicas) are replicas; the rest are condemned, highest first. */
function splitByOrdinal(set: StatefulSet, pods: StoredObject[]): { replicas: Map<number, StoredObject | undefined>; condemned: StoredObject[] } {
  const start = set.spec?.ordinals?.start ?? 0;
  const count = set.spec?.replicas ?? 1;
  const replicas = new Map<number, StoredObject | undefined>();
  for (let ordinal = start; ordinal < start + count; ordinal++) replicas.set(ordinal, pods.find((p) => ordinalOf(set, p) === ordinal));
  const condemned = pods.filter((p) => !replicas.has(ordinalOf(set, p)!)).sort((a, b) => ordinalOf(set, b)! - ordinalOf(set, a)!);
  return { replicas, condemned };
}

/** newVersionedStatefulSetPod: below the partition, pods keep the current revision even when recreated. */
function versionedPod(set: StoredObject<StatefulSet>, current: { name: string; template: PodTemplateSpec | undefined }, updateName: string): SetSync['versioned'] {
  const strategy = set.spec?.updateStrategy;
  const start = set.spec?.ordinals?.start ?? 0;
  const boundary = strategy?.rollingUpdate ? start + (strategy.rollingUpdate.partition ?? 0) : start + (set.status?.currentReplicas ?? 0);
  return (ordinal) =>
    strategy?.type === 'RollingUpdate' && ordinal < boundary ? statefulPod(set, current.template, ordinal, current.name) : statefulPod(set, set.spec?.template, ordinal, updateName);
}

/** processReplica for each ordinal in order; returns whether monotonic processing must stop here. */
function processReplicas(sync: SetSync, replicas: Map<number, StoredObject | undefined>): boolean {
  for (const [ordinal, existing] of replicas) {
    let pod = existing;
    if (pod && !pod.metadata.deletionTimestamp && ['Failed', 'Succeeded'].includes(podPhase(pod))) {
      const [type, reason, what] = podPhase(pod) === 'Failed' ? (['Warning', 'RecreatingFailedPod', 'failed'] as const) : (['Normal', 'RecreatingTerminatedPod', 'terminated'] as const);
      event(sync, type, reason, `StatefulSet ${sync.set.metadata.namespace}/${sync.set.metadata.name} is recreating ${what} Pod ${pod.metadata.name}`);
      deletePod(sync, pod);
      pod = undefined;
    }
    if (!pod) {
      createPod(sync, ordinal);
      if (sync.monotonic) return true;
      continue;
    }
    if (podPhase(pod) === 'Pending') createClaims(sync, ordinal, pod.metadata.name);
    if (sync.monotonic && (pod.metadata.deletionTimestamp || !runningAndReady(pod) || !isPodAvailable(pod, sync.set.spec?.minReadySeconds ?? 0, sync.now))) return true;
  }
  return false;
}

/** processCondemned, highest ordinal first; monotonic waits for each to go, and for predecessors' health. */
function processCondemned(sync: SetSync, replicas: Map<number, StoredObject | undefined>, condemned: StoredObject[]): boolean {
  const firstUnhealthy = [...replicas.values(), ...condemned].find((p) => p && (p.metadata.deletionTimestamp || !runningAndReady(p)));
  for (const pod of condemned) {
    if (pod.metadata.deletionTimestamp) {
      if (sync.monotonic) return true;
      continue;
    }
    if (sync.monotonic && !runningAndReady(pod) && pod !== firstUnhealthy) return true;
    if (sync.set.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete') ownClaimsByPod(sync, pod);
    deletePod(sync, pod);
    if (sync.monotonic) return true;
  }
  return false;
}

/** Rolling update: delete the highest-ordinal pod not at the update revision, down to the partition. */
function rollingUpdate(sync: SetSync, replicas: Map<number, StoredObject | undefined>, updateName: string): void {
  const start = sync.set.spec?.ordinals?.start ?? 0;
  const partition = sync.set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  for (const ordinal of [...replicas.keys()].sort((a, b) => b - a)) {
    if (ordinal < start + partition) return;
    const pod = replicas.get(ordinal);
    if (!pod) continue;
    if (pod.metadata.labels?.[REVISION_LABEL] !== updateName && !pod.metadata.deletionTimestamp) return deletePod(sync, pod);
    if (pod.metadata.deletionTimestamp || !runningAndReady(pod)) return;
  }
}

function createPod(sync: SetSync, ordinal: number): void {
  const pod = sync.versioned(ordinal);
  createClaims(sync, ordinal, pod.metadata.name!);
  sync.actions.push({ type: 'create', object: pod, owner: sync.set });
  event(sync, 'Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${sync.set.metadata.name} successful`);
}

/** createPersistentVolumeClaims: the missing claims of one ordinal, each with its event. */
function createClaims(sync: SetSync, ordinal: number, pod: string): void {
  for (const claim of statefulClaims(sync.set, ordinal)) {
    if (sync.store.get('PersistentVolumeClaim', sync.set.metadata.namespace, claim.metadata.name!)) continue;
    sync.actions.push({ type: 'create', object: claim, owner: sync.set });
    event(sync, 'Normal', 'SuccessfulCreate', `create Claim ${claim.metadata.name} Pod ${pod} in StatefulSet ${sync.set.metadata.name} success`);
  }
}

/**
 * whenScaled: Delete — a condemned pod's claims go with it: updateClaimOwnerRefForSetAndPod gives them an
 * owner reference to the pod and drops the set's (whenDeleted: Delete), which would otherwise keep the claim
 * alive after its pod is gone, as the garbage collector deletes a dependent only once all its owners are.
 */
function ownClaimsByPod(sync: SetSync, pod: StoredObject): void {
  const ordinal = ordinalOf(sync.set, pod)!;
  for (const template of sync.set.spec?.volumeClaimTemplates ?? []) {
    const claim = sync.store.get('PersistentVolumeClaim', sync.set.metadata.namespace, claimName(sync.set, template.metadata?.name ?? '', ordinal));
    const refs = claim?.metadata.ownerReferences ?? [];
    if (!claim || (refs.some((r) => r.uid === pod.metadata.uid) && !refs.some((r) => r.uid === sync.set.metadata.uid))) continue;
    const ownerReferences = [...refs.filter((r) => r.uid !== sync.set.metadata.uid && r.uid !== pod.metadata.uid), ownerRef(pod)];
    sync.actions.push({ type: 'update', object: { ...claim, metadata: { ...claim.metadata, ownerReferences } } });
  }
}

function deletePod(sync: SetSync, pod: StoredObject): void {
  sync.actions.push({ type: 'delete', object: pod, owner: sync.set });
  event(sync, 'Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${sync.set.metadata.name} successful`);
}

function event(sync: SetSync, eventType: 'Normal' | 'Warning', reason: string, message: string): void {
  sync.actions.push({ type: 'event', object: sync.set, eventType, reason, message });
}

function minReadyRecheck(set: StatefulSet, pods: readonly StoredObject[], now: number): number | undefined {
  const minReady = set.spec?.minReadySeconds ?? 0;
  if (minReady <= 0) return undefined;
  const pending = pods.map((p) => availableAt(p, minReady)).filter((t): t is number => t !== undefined && t > now);
  return pending.length > 0 ? Math.min(...pending) - now : undefined;
}
