/**
 * The owners an orphan's event goes to (replica_set.go getPodReplicaSets, deployment_controller.go
 * getDeploymentsForReplicaSet, stateful_set.go getPodStatefulSets): every object of `kind` in the orphan's
 * namespace whose selector matches its labels, any of which may adopt it, after the key of the controller that
 * just let it go. Orphan events are rare, so listing the namespace's owners is fine here.
 */
import { objectKey, type ObjectKey, type Selector, type StoredObject } from '../api';
import type { StoreView } from './controller';

export function selectingOwnerKeys(
  store: StoreView,
  kind: string,
  orphan: StoredObject,
  selectorOf: (owner: StoredObject) => Selector | undefined,
  formerOwner: ObjectKey | undefined,
): ObjectKey[] {
  const keys = new Set<ObjectKey>();
  if (formerOwner !== undefined) keys.add(formerOwner);
  for (const owner of store.list(kind, orphan.metadata.namespace)) {
    if (selectorOf(owner)?.matches(orphan.metadata.labels)) keys.add(objectKey(kind, owner.metadata.namespace, owner.metadata.name));
  }
  return [...keys];
}
