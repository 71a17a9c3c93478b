/**
 * The PersistentVolume controller's binder (pkg/controller/volume/persistentvolume/pv_controller_base.go
 * and pv_controller.go, v1.32): claims and volumes are synced by key; a volume's events also wake the
 * claim it points at (so provisioned and pre-bound volumes bind at once), and a deleted claim wakes its
 * volume (which is then reclaimed). Everything else waits for the periodic resync (`pv-binder/resync.ts`,
 * 15s as the controller's informers): a claim created before its volume binds on the next resync.
 * Deliberate simplification: no assume cache and no operation retries with backoff; a failed write is
 * retried by the next sync.
 */
import { objectKey, parseObjectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../api/schemas';
import type { Controller } from './controller';
import { COMPONENT } from './pv-binder/binding';
import { syncClaim } from './pv-binder/claim-sync';
import type { ReclaimState } from './pv-binder/reclaim';
import { syncVolume } from './pv-binder/volume-sync';

export function createPvBinderController(): Controller {
  const reclaimState: ReclaimState = new Map();
  return {
    name: COMPONENT,
    watches: [
      { kind: 'PersistentVolumeClaim', toKeys: claimEventKeys },
      { kind: 'PersistentVolume', toKeys: volumeEventKeys },
    ],
    reconcile(key, context) {
      const obj = context.store.getByKey(key);
      if (!obj) return [];
      if (parseObjectKey(key).kind === 'PersistentVolumeClaim') return syncClaim(obj as StoredObject<PersistentVolumeClaim>, context);
      return syncVolume(obj as StoredObject<PersistentVolume>, context, reclaimState);
    },
  };
}

function claimEventKeys(event: WatchEvent): ObjectKey[] {
  const claim = event.object as StoredObject<PersistentVolumeClaim>;
  if (event.type !== 'DELETED') return [objectKey('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name)];
  return claim.spec?.volumeName ? [objectKey('PersistentVolume', undefined, claim.spec.volumeName)] : [];
}

function volumeEventKeys(event: WatchEvent): ObjectKey[] {
  const volume = event.object as StoredObject<PersistentVolume>;
  const ref = volume.spec?.claimRef;
  const claimKey = ref?.name ? [objectKey('PersistentVolumeClaim', ref.namespace, ref.name)] : [];
  if (event.type === 'DELETED') return claimKey;
  return [objectKey('PersistentVolume', undefined, volume.metadata.name), ...claimKey];
}
