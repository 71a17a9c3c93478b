/**
 * The garbage collector (pkg/controller/garbagecollector): deletes objects whose owners are all gone
 * (background cascade), deletes dependents first for owners carrying the `foregroundDeletion` finalizer,
 * and strips owner references from dependents of owners carrying the `orphan` finalizer.
 * Simplification: kubespec's store is synchronous, so there is no dependency graph cache to build —
 * owners and dependents are read from the store's owner index directly.
 */
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { Action, Controller, ControllerContext, StoreView } from './controller';
import { keyOfObject, ownerKey } from './owner-references';

export const garbageCollector: Controller = {
  name: 'garbage-collector-controller',
  watches: [{ kind: '*', toKeys }],
  reconcile(key, context) {
    const obj = context.store.getByKey(key);
    if (!obj) return [];
    if (obj.metadata.deletionTimestamp) return finalize(obj, context);
    return collectIfOrphaned(obj, context);
  },
};

function toKeys(event: WatchEvent, store: StoreView): ObjectKey[] {
  const obj = event.object;
  if (event.type === 'DELETED') {
    // Dependents may now be garbage; owners waiting in foreground deletion may now be free to go.
    return [...store.dependents(obj.metadata.uid).map(keyOfObject), ...(obj.metadata.ownerReferences ?? []).map((ref) => ownerKey(obj, ref))];
  }
  const finalizers = obj.metadata.finalizers ?? [];
  const waiting = obj.metadata.deletionTimestamp && (finalizers.includes(FOREGROUND_FINALIZER) || finalizers.includes(ORPHAN_FINALIZER));
  if (waiting || (event.type === 'ADDED' && (obj.metadata.ownerReferences ?? []).length > 0)) return [keyOfObject(obj)];
  return [];
}

function collectIfOrphaned(obj: StoredObject, context: ControllerContext): Action[] {
  const refs = obj.metadata.ownerReferences ?? [];
  if (refs.length === 0) return [];
  const liveOwners = refs.filter((ref) => context.store.getByKey(ownerKey(obj, ref))?.metadata.uid === ref.uid);
  if (liveOwners.length > 0) {
    // attemptToDeleteItem (garbagecollector.go): with a solid owner left, references to absent owners are
    // removed, so the object is collected once its last real owner goes (even after being orphaned).
    if (liveOwners.length < refs.length) return [{ type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: liveOwners } } }];
    const owner = context.store.getByKey(ownerKey(obj, liveOwners[0]!));
    // A dependent of an owner in foreground deletion is deleted in the foreground too.
    if (liveOwners.length === refs.length && owner?.metadata.finalizers?.includes(FOREGROUND_FINALIZER)) {
      return [{ type: 'delete', object: obj, propagationPolicy: 'Foreground' }];
    }
    return [];
  }
  return [{ type: 'delete', object: obj, propagationPolicy: 'Background' }];
}

function finalize(obj: StoredObject, context: ControllerContext): Action[] {
  const finalizers = obj.metadata.finalizers ?? [];
  const dependents = context.store.dependents(obj.metadata.uid);
  if (finalizers.includes(ORPHAN_FINALIZER)) {
    const releases: Action[] = dependents.map((d) => ({
      type: 'update',
      object: { ...d, metadata: { ...d.metadata, ownerReferences: d.metadata.ownerReferences?.filter((r) => r.uid !== obj.metadata.uid) } },
    }));
    return [...releases, { type: 'removeFinalizer', object: obj, finalizer: ORPHAN_FINALIZER }];
  }
  if (finalizers.includes(FOREGROUND_FINALIZER)) {
    const blocking = dependents.filter((d) => d.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid && r.blockOwnerDeletion));
    if (blocking.length === 0) return [{ type: 'removeFinalizer', object: obj, finalizer: FOREGROUND_FINALIZER }];
    return blocking.filter((d) => !d.metadata.deletionTimestamp).map((d) => ({ type: 'delete', object: d, propagationPolicy: 'Foreground' }));
  }
  return [];
}
