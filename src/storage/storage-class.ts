/**
 * Which class a claim or volume belongs to and which class is the default
 * (component-helpers/storage/volume/helpers.go GetPersistentVolume(Claim)Class, pkg/volume/util/storageclass.go).
 */
import type { StoredObject } from '../api';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../api/schemas';
import { defaultStorageClassOf, isDefaultStorageClass } from '../api/admission/default-storage-class';
import { ANN_BETA_STORAGE_CLASS, annotationOf } from './annotations';

/** The beta annotation wins over `spec.storageClassName`; unset and `""` are both "no class" (`""`). */
export function claimClass(claim: PersistentVolumeClaim): string {
  return annotationOf(claim, ANN_BETA_STORAGE_CLASS) ?? claim.spec?.storageClassName ?? '';
}

export function volumeClass(volume: PersistentVolume): string {
  return annotationOf(volume, ANN_BETA_STORAGE_CLASS) ?? volume.spec?.storageClassName ?? '';
}

/** A claim whose class is nil (not `""`): the one the retroactive default-class assignment may fill. */
export function hasNilClass(claim: PersistentVolumeClaim): boolean {
  return annotationOf(claim, ANN_BETA_STORAGE_CLASS) === undefined && claim.spec?.storageClassName === undefined;
}

export function isDefaultClass(sc: StorageClass): boolean {
  return isDefaultStorageClass(sc);
}

/** GetDefaultClass: with several defaults the newest wins, ties broken by name (v1.26+). */
export function defaultClass(classes: readonly StoredObject[]): StoredObject<StorageClass> | undefined {
  return defaultStorageClassOf(classes) as StoredObject<StorageClass> | undefined;
}
