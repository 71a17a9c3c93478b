/**
 * ControllerRefManager.ClaimObject (pkg/controller/controller_ref_manager.go): an owner keeps the objects it
 * controls while its selector matches them, releases those that stop matching, and adopts matching orphans
 * unless it (or the orphan) is being deleted. Adoption and release are updates of the object's ownerReferences.
 */
import { controllerRefOf, type Selector, type StoredObject } from '../api';
import { appended } from './appended';
import type { Action } from './controller';
import { controllerRef } from './owner-references';

export interface Claim<T extends StoredObject> {
  claimed: T[];
  actions: Action[];
}

/** `claimed` is a new list the caller may edit; so is `actions`. */
export function claimObjects<T extends StoredObject>(owner: StoredObject, selector: Selector, candidates: readonly T[]): Claim<T> {
  // Made on first use, one element long: a list grown by push from empty reserves 17 slots, and a Deployment
  // claims its one or two ReplicaSets on every sync (one per pod), adopting and releasing nothing.
  let claimed: T[] | undefined;
  let actions: Action[] | undefined;
  const ownerDeleting = owner.metadata.deletionTimestamp !== undefined;
  for (let i = 0; i < candidates.length; i++) {
    const obj = candidates[i]!;
    const ref = controllerRefOf(obj);
    const matches = selector.matches(obj.metadata.labels);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue;
      if (matches || ownerDeleting) claimed = appended(claimed, obj);
      else actions = appended(actions, release(obj, owner));
      continue;
    }
    if (!matches || ownerDeleting || obj.metadata.deletionTimestamp) continue;
    actions = appended(actions, adopt(obj, owner));
    claimed = appended(claimed, obj);
  }
  return { claimed: claimed ?? [], actions: actions ?? [] };
}

function adopt(obj: StoredObject, owner: StoredObject): Action {
  const refs = [...(obj.metadata.ownerReferences ?? []), controllerRef(owner)];
  return { type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: refs } } };
}

function release(obj: StoredObject, owner: StoredObject): Action {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  return { type: 'update', object: { ...obj, metadata: { ...obj.metadata, ownerReferences: refs.length > 0 ? refs : undefined } } };
}
