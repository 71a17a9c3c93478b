/**
 * Access-mode sets as the PV controller compares them (component-helpers/storage/volume/pv_helpers.go
 * CheckAccessModes, pkg/controller/volume/persistentvolume/index.go allPossibleMatchingAccessModes).
 */
import type { PersistentVolume, PersistentVolumeClaim } from '../api/schemas';

export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';

/** True when every mode the claim asks for is among the volume's. */
export function checkAccessModes(claim: PersistentVolumeClaim, volume: PersistentVolume): boolean {
  const have = new Set(volume.spec?.accessModes ?? []);
  return (claim.spec?.accessModes ?? []).every((mode) => have.has(mode));
}

/** A canonical key for a set of modes (order and duplicates ignored). */
export function accessModesKey(modes: readonly string[] | undefined): string {
  return [...new Set(modes ?? [])].sort().join(',');
}

export function hasAccessMode(modes: readonly string[] | undefined, mode: AccessMode): boolean {
  return (modes ?? []).includes(mode);
}
