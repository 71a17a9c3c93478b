/**
 * The PersistentVolumeClaimResize admission plugin (plugin/pkg/admission/storage/persistentvolume/resize):
 * growing `spec.resources.requests.storage` needs a Bound claim and a class (the same before and after)
 * with `allowVolumeExpansion: true`. It runs after validation, which already refused shrinking.
 */
import { ApiError, type AdmissionPlugin, type ObjectStore } from '../../api';
import type { PersistentVolumeClaim, StorageClass } from '../../api/schemas';
import { compareQuantities } from '../../api/validation/quantity';
import { claimClass } from '../storage-class';

export function claimResizeAdmission(store: Pick<ObjectStore, 'get'>): AdmissionPlugin {
  return {
    name: 'PersistentVolumeClaimResize',
    kinds: ['PersistentVolumeClaim'],
    validate({ operation, object, oldObject }) {
      if (operation !== 'UPDATE' || !oldObject) return;
      const [claim, old] = [object as PersistentVolumeClaim, oldObject as PersistentVolumeClaim];
      if (compareQuantities(requested(claim), requested(old)) <= 0) return;
      const forbidden = (reason: string): ApiError => ApiError.forbidden(`persistentvolumeclaims "${old.metadata.name}" is forbidden: ${reason}`);
      if ((old.status as { phase?: string } | undefined)?.phase !== 'Bound') throw forbidden('Only bound persistent volume claims can be expanded');
      if (!allowResize(store, claim, old)) {
        throw forbidden('only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize');
      }
    },
  };
}

function requested(claim: PersistentVolumeClaim): string {
  return claim.spec?.resources?.requests?.storage ?? '0';
}

function allowResize(store: Pick<ObjectStore, 'get'>, claim: PersistentVolumeClaim, old: PersistentVolumeClaim): boolean {
  const [now, before] = [claimClass(claim), claimClass(old)];
  if (now === '' || before === '' || now !== before) return false;
  const sc = store.get('StorageClass', undefined, now) as StorageClass | undefined;
  return sc?.allowVolumeExpansion === true;
}
