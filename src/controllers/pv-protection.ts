/**
 * The PV protection controller (pkg/controller/volume/pvprotection/pv_protection_controller.go): a volume
 * keeps `kubernetes.io/pv-protection` while its phase is Bound, so deleting a bound volume leaves it
 * Terminating until its claim is gone and the volume is released. It also adds the finalizer to volumes
 * that lack it.
 */
import { objectKey } from '../api';
import { PV_PROTECTION_FINALIZER } from '../storage';
import type { Action, Controller } from './controller';
import { fresh } from './pv-binder/binding';

export const pvProtectionController: Controller = {
  name: 'pv-protection-controller',
  watches: [{ kind: 'PersistentVolume', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('PersistentVolume', undefined, e.object.metadata.name)) }],
  reconcile(key, { store }): Action[] {
    const volume = store.getByKey(key);
    if (!volume) return [];
    const finalizers = volume.metadata.finalizers ?? [];
    if (!volume.metadata.deletionTimestamp) {
      if (finalizers.includes(PV_PROTECTION_FINALIZER)) return [];
      return [{ type: 'update', object: { ...fresh(volume), metadata: { ...fresh(volume).metadata, finalizers: [...finalizers, PV_PROTECTION_FINALIZER] } } }];
    }
    const bound = (volume.status as { phase?: string } | undefined)?.phase === 'Bound';
    if (!finalizers.includes(PV_PROTECTION_FINALIZER) || bound) return [];
    return [{ type: 'removeFinalizer', object: volume, finalizer: PV_PROTECTION_FINALIZER }];
  },
};
