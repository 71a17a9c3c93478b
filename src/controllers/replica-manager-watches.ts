/**
 * The replica managers' event handlers (replica_set.go addRS/updateRS, addPod/updatePod/deletePod): which
 * manager to sync for a ReplicaSet or pod event. Kubernetes enqueues on every update and lets the sync find
 * nothing to do; here an update is dropped when the sync could only find nothing to do — the manager is
 * settled (its status counts exactly `spec.replicas` pods, for its current generation) and the update
 * changed nothing its sync reads. A sync reads, of its own object, spec, generation, deletion and owners; of
 * a pod, its controller, labels, whether it is active and whether (and since when) it is Ready. Its own
 * status writes and most kubelet status writes (container starting, running, not yet Ready) are such updates:
 * two of a pod's three syncs. A manager that is still creating or deleting, or whose creates failed, is never
 * settled, so it sees every event as before.
 */
import type { StoredObject, WatchEvent } from '../api';
import type { StoreView, WatchKeys } from './controller';
import { KeyMemo } from '../api';
import { controllerOf } from './owner-references';
import { jsonEqual } from '../api';
import { isPodActive, podReadyCondition } from './pod-readiness';
import { selectingOwnerKeys } from './selecting-owners';
import type { ReplicaManagerOptions } from './replica-set';

/** updateRS: the manager itself, unless the update is only its own settled status. */
export function managerKeys(event: WatchEvent, kind: ReplicaManagerOptions['kind']): WatchKeys {
  if (event.type === 'DELETED') return undefined;
  if (event.type === 'MODIFIED' && event.oldObject && sameManagerInputs(event.oldObject, event.object) && settled(event.object)) return undefined;
  return OWNER_KEYS[kind].key(event.object.metadata.namespace, event.object.metadata.name);
}

/** One remembered key per manager kind: a manager's pods and its own writes map to it again and again. */
const OWNER_KEYS = { ReplicaSet: new KeyMemo('ReplicaSet'), ReplicationController: new KeyMemo('ReplicationController') };

/**
 * addPod/updatePod/deletePod: the controlling owner, or for an orphan every manager whose selector matches.
 * The keys of the new and the old version's controllers (usually one), in that order, without duplicates.
 */
export function podOwnerKeys(event: WatchEvent, store: StoreView, options: ReplicaManagerOptions): WatchKeys {
  const pod = event.object;
  const old = event.oldObject;
  const ref = controllerOf(pod);
  if (event.type === 'MODIFIED' && old && samePodInputs(old, pod)) {
    const owner = ref?.kind === options.kind ? store.get(options.kind, pod.metadata.namespace, ref.name) : undefined;
    if (owner && owner.metadata.uid === ref!.uid && settled(owner)) return undefined;
  }
  const memo = OWNER_KEYS[options.kind];
  const first = ref?.kind === options.kind ? memo.key(pod.metadata.namespace, ref.name) : undefined;
  const oldRef = old && controllerOf(old);
  const second = oldRef?.kind === options.kind ? memo.key(old!.metadata.namespace, oldRef.name) : undefined;
  if (event.type === 'DELETED' || ref) return second === undefined || second === first ? first : first === undefined ? second : [first, second];
  return selectingOwnerKeys(store, options.kind, pod, options.selectorOf, second);
}

/** Status counts exactly the wanted replicas of the current generation: a sync would neither create nor delete. */
function settled(manager: StoredObject): boolean {
  if (manager.metadata.deletionTimestamp) return false;
  const spec = manager.spec as { replicas?: number } | undefined;
  const status = manager.status as { replicas?: number; observedGeneration?: number } | undefined;
  return status?.replicas === (spec?.replicas ?? 1) && status.observedGeneration === manager.metadata.generation;
}

function sameManagerInputs(old: StoredObject, manager: StoredObject): boolean {
  const a = old.metadata;
  const b = manager.metadata;
  return old.spec === manager.spec && a.generation === b.generation && a.deletionTimestamp === b.deletionTimestamp && jsonEqual(a.ownerReferences, b.ownerReferences);
}

function samePodInputs(old: StoredObject, pod: StoredObject): boolean {
  return (
    isPodActive(old) === isPodActive(pod) &&
    readySince(old) === readySince(pod) &&
    jsonEqual(old.metadata.labels, pod.metadata.labels) &&
    jsonEqual(old.metadata.ownerReferences, pod.metadata.ownerReferences)
  );
}

/** IsPodReady and, for a Ready pod, since when (minReadySeconds): not Ready is one fact, however it is not. */
function readySince(pod: StoredObject): string | null | undefined {
  const condition = podReadyCondition(pod);
  return condition?.status === 'True' ? (condition.lastTransitionTime ?? null) : undefined;
}
