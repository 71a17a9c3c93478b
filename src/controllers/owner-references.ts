/** Owner references: resolving them to keys and building them, as metav1 and pkg/controller do. */
import { KeyMemo, objectKey, resourceForKind, type KubeObject, type ObjectKey, type OwnerReference, type StoredObject } from '../api';

/**
 * The key of the object an owner reference points at (owners live in the dependent's namespace, or cluster
 * scope). Remembered per owner kind (`KeyMemo`): the garbage collector asks for every owned object it
 * checks, and a Deployment's pods all name one ReplicaSet.
 */
export function ownerKey(dependent: KubeObject, ref: OwnerReference): ObjectKey {
  const namespaced = resourceForKind(ref.kind)?.namespaced ?? true;
  let memo = OWNER_KEYS.get(ref.kind);
  if (memo === undefined) OWNER_KEYS.set(ref.kind, (memo = new KeyMemo(ref.kind)));
  return memo.key(namespaced ? dependent.metadata.namespace : undefined, ref.name);
}

/** One memo per kind that owner references name: a handful in any cluster. */
const OWNER_KEYS = new Map<string, KeyMemo>();

/** metav1.NewControllerRef: a controller reference that blocks the owner's foreground deletion. */
export function controllerRef(owner: StoredObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/**
 * metav1.GetControllerOf, as `controllerRefOf` in ../api, with a loop instead of `find` and its closure: the
 * watch handlers ask it on every pod write.
 */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  const refs = obj.metadata.ownerReferences;
  if (refs) for (let i = 0; i < refs.length; i++) if (refs[i]!.controller === true) return refs[i];
  return undefined;
}

export function isOwnedBy(obj: KubeObject, owner: StoredObject): boolean {
  return (obj.metadata.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata.uid);
}

export function keyOfObject(obj: KubeObject): ObjectKey {
  return objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
}
