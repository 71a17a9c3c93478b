/**
 * ControllerRefManager.ClaimObject (pkg/controller/controller_ref_manager.go): an owner keeps the objects it
 * controls while its selector matches them, releases those that stop matching, and adopts matching orphans
 * unless it (or the orphan) is being deleted. Adoption and release are updates of the object's ownerReferences.
 */
import { controllerRefOf, type Selector, type StoredObject } from '../api';
import type { Action } from './controller';
import { controllerRef } from './owner-references';

export interface Claim<T extends StoredObject> {
  claimed: T[];
  actions: Action[];
}

export function claimObjects<T extends StoredObject>(owner: StoredObject, selector: Selector, candidates: readonly T[]): Claim<T> {
  const claimed: T[] = [];
  const actions: Action[] = [];
  const ownerDeleting = owner.metadata.deletionTimestamp !== undefined;
  for (const obj of candidates) {
    const ref = controllerRefOf(obj);
    const matches = selector.matches(obj.metadata.labels);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue;
      if (matches || ownerDeleting) claimed.push(obj);
      else actions.push(release(obj, owner));
      continue;
    }
    if (!matches || ownerDeleting || obj.metadata.deletionTimestamp) continue;
    actions.push(adopt(obj, owner));
    claimed.push(obj);
  }
  return { claimed, actions };
}

function adopt(obj: StoredObject, owner: StoredObject): Action {
  const refs = [...(obj.metadata.ownerReferences ?? []), controllerRef(owner)];
  return { type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: refs } } };
}

function release(obj: StoredObject, owner: StoredObject): Action {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  return { type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: refs.length > 0 ? refs : undefined } } };
}
