/**
 * Choosing a volume for a claim, as pkg/controller/volume/persistentvolume/index.go findByClaim and
 * component-helpers/storage/volume/pv_helpers.go FindMatchingVolume do it:
 * - volumes are grouped by access-mode set; sets that cover the claim's modes are tried with the
 *   fewest modes first (a RWO claim prefers a RWO volume to a RWO+ROX one);
 * - inside a group, a volume pre-bound to the claim (`spec.claimRef`) wins at once, otherwise the
 *   smallest Available volume that is big enough, of the same class and volume mode, whose labels
 *   match the claim's selector (and, on the scheduler path, whose node affinity admits the node).
 * Worked example: a 1Gi RWO claim, volumes a (5Gi RWO), b (2Gi RWO,ROX), c (3Gi RWO) → group {RWO}
 * is tried first and c (3Gi) beats a (5Gi); b is only considered if {RWO} had no fit.
 * Ties in capacity go to the first volume by name (Go's cache order is unspecified).
 */
import { selectorFromObject, type LabelSelectorObject, type StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/schemas';
import { compareQuantities } from '../../api/validation/quantity';
import { accessModesKey, checkAccessModes } from '../access-modes';
import { claimClass, volumeClass } from '../storage-class';
import { checkVolumeNodeAffinity } from '../volume-node-affinity';

type Volume = StoredObject<PersistentVolume>;

export interface MatchOptions {
  /** The claim's class binds WaitForFirstConsumer and no node is chosen: only pre-bound volumes qualify. */
  readonly delayBinding: boolean;
  /** The scheduler path: the node the pod goes to, whose labels the volume's node affinity must admit. */
  readonly node?: { readonly name: string; readonly labels: Readonly<Record<string, string>> };
}

export function findBestMatchForClaim(claim: PersistentVolumeClaim, volumes: readonly Volume[], options: MatchOptions): Volume | undefined {
  for (const group of candidateGroups(claim, volumes)) {
    const best = findMatchingVolume(claim, group, options);
    if (best) return best;
  }
  return undefined;
}

/** allPossibleMatchingAccessModes: the mode sets that contain the claim's modes, fewest modes first. */
function candidateGroups(claim: PersistentVolumeClaim, volumes: readonly Volume[]): Volume[][] {
  const groups = new Map<string, Volume[]>();
  for (const volume of volumes) {
    if (!checkAccessModes(claim, volume)) continue;
    const key = accessModesKey(volume.spec?.accessModes);
    groups.set(key, [...(groups.get(key) ?? []), volume]);
  }
  const size = (key: string): number => (key === '' ? 0 : key.split(',').length);
  return [...groups.entries()].sort(([a], [b]) => size(a) - size(b) || (a < b ? -1 : 1)).map(([, group]) => group);
}

export function findMatchingVolume(claim: PersistentVolumeClaim, volumes: readonly Volume[], options: MatchOptions): Volume | undefined {
  const requested = claim.spec?.resources?.requests?.storage ?? '0';
  const selector = selectorFromObject(claim.spec?.selector as LabelSelectorObject | undefined);
  let smallest: Volume | undefined;
  for (const volume of [...volumes].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
    const capacity = volume.spec?.capacity?.storage ?? '0';
    if (compareQuantities(capacity, requested) < 0) continue;
    if ((volume.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem')) continue;
    if (volume.metadata.deletionTimestamp) continue;
    const affinityOk = !options.node || checkVolumeNodeAffinity(volume, options.node.name, options.node.labels) === undefined;
    if (isVolumeBoundToClaim(volume, claim)) return affinityOk ? volume : undefined;
    if (!options.node && options.delayBinding) continue;
    if ((volume.status as { phase?: string } | undefined)?.phase !== 'Available') continue;
    if (selector && !selector.matches(volume.metadata.labels)) continue;
    if (volumeClass(volume) !== claimClass(claim) || !affinityOk) continue;
    if (!smallest || compareQuantities(smallest.spec?.capacity?.storage ?? '0', capacity) > 0) smallest = volume;
  }
  return smallest;
}

/** IsVolumeBoundToClaim: the volume's claimRef names this claim (and its uid, when the ref has one). */
export function isVolumeBoundToClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref || ref.name !== claim.metadata.name || (ref.namespace ?? '') !== (claim.metadata.namespace ?? '')) return false;
  return !ref.uid || ref.uid === claim.metadata.uid;
}

/**
 * checkVolumeSatisfyClaim (pv_controller.go): why a volume the claim names in `spec.volumeName` cannot
 * serve it, or undefined when it can.
 */
export function checkVolumeSatisfyClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): string | undefined {
  if (volume.metadata.deletionTimestamp) return `the volume is marked for deletion "${volume.metadata.name}"`;
  if (compareQuantities(volume.spec?.capacity?.storage ?? '0', claim.spec?.resources?.requests?.storage ?? '0') < 0) return 'requested PV is too small';
  if (volumeClass(volume) !== claimClass(claim)) return 'storageClassName does not match';
  if ((volume.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem')) return 'incompatible volumeMode';
  if (!checkAccessModes(claim, volume)) return 'incompatible accessMode';
  return undefined;
}
