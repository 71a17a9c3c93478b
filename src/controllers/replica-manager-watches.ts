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
import { controllerRefOf, objectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { StoreView } from './controller';
import { jsonEqual } from '../api';
import { isPodActive, podReadyCondition } from './pod-readiness';
import type { ReplicaManagerOptions } from './replica-set';

/** updateRS: the manager itself, unless the update is only its own settled status. */
export function managerKeys(event: WatchEvent, kind: string): ObjectKey[] {
  if (event.type === 'DELETED') return [];
  if (event.type === 'MODIFIED' && event.oldObject && sameManagerInputs(event.oldObject, event.object) && settled(event.object)) return [];
  return [objectKey(kind, event.object.metadata.namespace, event.object.metadata.name)];
}

/** addPod/updatePod/deletePod: the controlling owner, or for an orphan every manager whose selector matches. */
export function podOwnerKeys(event: WatchEvent, store: StoreView, options: ReplicaManagerOptions): ObjectKey[] {
  const pod = event.object;
  const old = event.oldObject;
  if (event.type === 'MODIFIED' && old && samePodInputs(old, pod)) {
    const ref = controllerRefOf(pod);
    const owner = ref?.kind === options.kind ? store.get(options.kind, pod.metadata.namespace, ref.name) : undefined;
    if (owner && owner.metadata.uid === ref!.uid && settled(owner)) return [];
  }
  const keys = new Set<ObjectKey>();
  for (const p of [pod, old]) {
    const ref = p && controllerRefOf(p);
    if (ref?.kind === options.kind) keys.add(objectKey(options.kind, p!.metadata.namespace, ref.name));
  }
  if (event.type !== 'DELETED' && !controllerRefOf(pod)) {
    for (const rs of store.list(options.kind, pod.metadata.namespace)) {
      if (options.selectorOf(rs)?.matches(pod.metadata.labels)) keys.add(objectKey(options.kind, rs.metadata.namespace, rs.metadata.name));
    }
  }
  return [...keys];
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
