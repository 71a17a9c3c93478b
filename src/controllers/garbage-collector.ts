/**
 * The garbage collector (pkg/controller/garbagecollector): deletes objects whose owners are all gone
 * (background cascade), deletes dependents first for owners carrying the `foregroundDeletion` finalizer,
 * and strips owner references from dependents of owners carrying the `orphan` finalizer.
 * Simplification: kubespec's store is synchronous, so there is no dependency graph cache to build —
 * owners and dependents are read from the store's owner index directly.
 */
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { Action, Controller, ControllerContext, StoreView, WatchKeys } from './controller';
import { keyOfObject, ownerKey } from './owner-references';

export const garbageCollector: Controller = {
  name: 'garbage-collector-controller',
  watches: [{ kind: '*', toKeys }],
  reconcile(key, context) {
    const obj = context.store.getByKey(key);
    if (!obj) return NO_ACTIONS;
    if (obj.metadata.deletionTimestamp) return finalize(obj, context);
    return collectIfOrphaned(obj, context);
  },
};

function toKeys(event: WatchEvent, store: StoreView): WatchKeys {
  const obj = event.object;
  const metadata = obj.metadata;
  if (event.type === 'DELETED') {
    // Dependents may now be garbage; owners waiting in foreground deletion may now be free to go.
    return [...store.dependents(metadata.uid).map(keyOfObject), ...(metadata.ownerReferences ?? []).map((ref) => ownerKey(obj, ref))];
  }
  // Every write of every kind comes here: most (an Event, a status write) concern nothing, and cost no garbage.
  const finalizers = metadata.finalizers;
  const waiting = metadata.deletionTimestamp && finalizers !== undefined && (finalizers.includes(FOREGROUND_FINALIZER) || finalizers.includes(ORPHAN_FINALIZER));
  // The store's own key string (a fresh one per pod was garbage, and hashed anew by the queue and the read).
  if (waiting || (event.type === 'ADDED' && metadata.ownerReferences !== undefined && metadata.ownerReferences.length > 0)) return store.storedKey(obj) ?? keyOfObject(obj);
  return undefined;
}

function collectIfOrphaned(obj: StoredObject, context: ControllerContext): readonly Action[] {
  const refs = obj.metadata.ownerReferences;
  if (refs === undefined || refs.length === 0) return NO_ACTIONS;
  // The usual case, one owner that is there, is answered from one lookup (ownerKey remembers the last key).
  let live = 0;
  let firstOwner: StoredObject | undefined;
  for (let i = 0; i < refs.length; i++) {
    const owner = context.store.getByKey(ownerKey(obj, refs[i]!));
    if (owner?.metadata.uid !== refs[i]!.uid) continue;
    if (live++ === 0) firstOwner = owner;
  }
  if (live > 0) {
    // attemptToDeleteItem (garbagecollector.go): with a solid owner left, references to absent owners are
    // removed, so the object is collected once its last real owner goes (even after being orphaned).
    if (live < refs.length) {
      const liveOwners = refs.filter((ref) => context.store.getByKey(ownerKey(obj, ref))?.metadata.uid === ref.uid);
      return [{ type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: liveOwners } } }];
    }
    // A dependent of an owner in foreground deletion is deleted in the foreground too.
    if (firstOwner?.metadata.finalizers?.includes(FOREGROUND_FINALIZER)) return [{ type: 'delete', object: obj, propagationPolicy: 'Foreground' }];
    return NO_ACTIONS;
  }
  return [{ type: 'delete', object: obj, propagationPolicy: 'Background' }];
}

const NO_ACTIONS: readonly Action[] = Object.freeze([]);

/**
 * orphanDependents' patch deletes the owner's entry; a list left empty is not written (`omitempty`), so an
 * orphaned pod has no `ownerReferences` at all, as `kubectl get -o yaml` and JSONPath show.
 */
function remainingOwners(dependent: StoredObject, owner: StoredObject): StoredObject['metadata']['ownerReferences'] {
  const remaining = dependent.metadata.ownerReferences?.filter((ref) => ref.uid !== owner.metadata.uid);
  return remaining !== undefined && remaining.length > 0 ? remaining : undefined;
}

function finalize(obj: StoredObject, context: ControllerContext): Action[] {
  const finalizers = obj.metadata.finalizers ?? [];
  const dependents = context.store.dependents(obj.metadata.uid);
  if (finalizers.includes(ORPHAN_FINALIZER)) {
    const releases: Action[] = dependents.map((d) => ({ type: 'update', object: { ...d, metadata: { ...d.metadata, ownerReferences: remainingOwners(d, obj) } } }));
    return [...releases, { type: 'removeFinalizer', object: obj, finalizer: ORPHAN_FINALIZER }];
  }
  if (finalizers.includes(FOREGROUND_FINALIZER)) {
    const blocking = dependents.filter((d) => d.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid && r.blockOwnerDeletion));
    if (blocking.length === 0) return [{ type: 'removeFinalizer', object: obj, finalizer: FOREGROUND_FINALIZER }];
    return blocking.filter((d) => !d.metadata.deletionTimestamp).map((d) => ({ type: 'delete', object: d, propagationPolicy: 'Foreground' }));
  }
  return [];
}
