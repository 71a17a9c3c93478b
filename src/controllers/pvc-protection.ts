/**
 * The PVC protection controller (pkg/controller/volume/pvcprotection/pvc_protection_controller.go): a
 * claim keeps `kubernetes.io/pvc-protection` while any *scheduled* pod in its namespace names it in
 * `spec.volumes` — whatever that pod's phase, until the pod object is gone — so deleting a claim in use
 * leaves it Terminating. The controller also adds the finalizer to claims that lack it.
 */
import { objectKey, type StoredObject, type WatchEvent } from '../api';
import { PVC_PROTECTION_FINALIZER } from '../storage';
import type { Action, Controller, StoreView, WatchKeys } from './controller';
import { claimKeysOfPod } from './pod-claim-keys';
import { fresh } from './pv-binder/binding';
import { usesClaim } from './pv-binder/claim-sync';

export const pvcProtectionController: Controller = {
  name: 'pvc-protection-controller',
  watches: [
    { kind: 'PersistentVolumeClaim', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('PersistentVolumeClaim', e.object.metadata.namespace, e.object.metadata.name)) },
    { kind: 'Pod', toKeys: podClaimKeys },
  ],
  reconcile(key, { store }): Action[] {
    const claim = store.getByKey(key);
    if (!claim) return [];
    const finalizers = claim.metadata.finalizers ?? [];
    if (!claim.metadata.deletionTimestamp) {
      if (finalizers.includes(PVC_PROTECTION_FINALIZER)) return [];
      return [{ type: 'update', object: { ...fresh(claim), metadata: { ...fresh(claim).metadata, finalizers: [...finalizers, PVC_PROTECTION_FINALIZER] } } }];
    }
    if (!finalizers.includes(PVC_PROTECTION_FINALIZER) || isBeingUsed(claim, store)) return [];
    return [{ type: 'removeFinalizer', object: claim, finalizer: PVC_PROTECTION_FINALIZER }];
  },
};

function isBeingUsed(claim: StoredObject, store: StoreView): boolean {
  return store.list('Pod', claim.metadata.namespace).some((pod) => (pod.spec as { nodeName?: string }).nodeName && usesClaim(pod, claim.metadata.name));
}

/** A pod's claims are re-checked whenever the pod changes or goes away. */
function podClaimKeys(event: WatchEvent): WatchKeys {
  return claimKeysOfPod(event.object);
}
