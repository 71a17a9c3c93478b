/**
 * Tables of the storage kinds: `printPersistentVolume`, `printPersistentVolumeClaim`, `printStorageClass`
 * (kubernetes pkg/printers/internalversion/printers.go, v1.32).
 */
import { canonicalQuantity } from '../quantity';
import { obj, path, str, strs } from '../object-fields';
import { AGE, NAME, age, nameOf, wide, type ColumnSet } from './column-set';

export const PERSISTENTVOLUME_COLUMNS: ColumnSet = {
  columns: [
    NAME, { name: 'Capacity' }, { name: 'Access Modes' }, { name: 'Reclaim Policy' }, { name: 'Status' }, { name: 'Claim' }, { name: 'StorageClass' },
    { name: 'VolumeAttributesClass' }, { name: 'Reason' }, AGE, wide('VolumeMode'),
  ],
  row(pv, now) {
    const spec = obj(obj(pv).spec);
    const claimRef = spec.claimRef ? `${str(obj(spec.claimRef).namespace)}/${str(obj(spec.claimRef).name)}` : '';
    const phase = path(pv, 'metadata.deletionTimestamp') ? 'Terminating' : str(path(pv, 'status.phase'));
    return [
      nameOf(pv), quantityCell(path(pv, 'spec.capacity.storage')), accessModes(spec.accessModes), str(spec.persistentVolumeReclaimPolicy), phase, claimRef,
      storageClassOf(pv), unsetIfMissing(spec.volumeAttributesClassName), str(path(pv, 'status.reason')), age(pv, now), unsetIfMissing(spec.volumeMode),
    ];
  },
};

export const PERSISTENTVOLUMECLAIM_COLUMNS: ColumnSet = {
  columns: [
    NAME, { name: 'Status' }, { name: 'Volume' }, { name: 'Capacity' }, { name: 'Access Modes' }, { name: 'StorageClass' }, { name: 'VolumeAttributesClass' },
    AGE, wide('VolumeMode'),
  ],
  row(pvc, now) {
    const spec = obj(obj(pvc).spec);
    const bound = str(spec.volumeName) !== '';
    const phase = path(pvc, 'metadata.deletionTimestamp') ? 'Terminating' : str(path(pvc, 'status.phase'));
    return [
      nameOf(pvc), phase, str(spec.volumeName), bound ? quantityCell(path(pvc, 'status.capacity.storage')) : '',
      bound ? accessModes(path(pvc, 'status.accessModes')) : '', storageClassOf(pvc), unsetIfMissing(spec.volumeAttributesClassName), age(pvc, now),
      unsetIfMissing(spec.volumeMode),
    ];
  },
};

export const STORAGECLASS_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Provisioner' }, { name: 'ReclaimPolicy' }, { name: 'VolumeBindingMode' }, { name: 'AllowVolumeExpansion' }, AGE],
  row(sc, now) {
    const o = obj(sc);
    const name = isDefaultClass(sc) ? `${nameOf(sc)} (default)` : nameOf(sc);
    return [name, str(o.provisioner), str(o.reclaimPolicy) || 'Delete', str(o.volumeBindingMode) || 'Immediate', o.allowVolumeExpansion === true, age(sc, now)];
  },
};

/** `storageutil.IsDefaultAnnotation`: the GA annotation or its beta predecessor set to "true". */
export function isDefaultClass(sc: unknown): boolean {
  const annotations = obj(path(sc, 'metadata.annotations'));
  return annotations['storageclass.kubernetes.io/is-default-class'] === 'true' || annotations['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

/** `helper.GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that fixed order, without duplicates. */
export function accessModes(modes: unknown): string {
  const present = new Set(strs(modes));
  const order: [string, string][] = [['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP']];
  return order.filter(([mode]) => present.has(mode)).map(([, short]) => short).join(',');
}

/** `GetPersistentVolume(Claim)Class`: the beta annotation wins over spec.storageClassName. */
export function storageClassOf(volumeOrClaim: unknown): string {
  const annotation = obj(path(volumeOrClaim, 'metadata.annotations'))['volume.beta.kubernetes.io/storage-class'];
  return annotation !== undefined ? str(annotation) : str(path(volumeOrClaim, 'spec.storageClassName'));
}

/** A missing quantity prints as Go's zero Quantity, `0`. */
function quantityCell(value: unknown): string {
  return value === undefined || value === null ? '0' : canonicalQuantity(str(value));
}

function unsetIfMissing(value: unknown): string {
  return value === undefined || value === null ? '<unset>' : str(value);
}
