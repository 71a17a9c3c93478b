/**
 * Whether a pod mounts any PersistentVolumeClaim (`podClaimNames` would name one). The scheduler asks on every
 * cycle (VolumeRestrictions, VolumeBinding) and on every pod its cache counts or forgets, and nearly all pods
 * mount none: this answers with an index loop, where listing the names builds an array and walks it with an
 * iterator each time.
 */
import type { Pod } from '../api/schemas';

export function podUsesClaims(pod: Pod): boolean {
  const volumes = pod.spec?.volumes;
  for (let i = 0; volumes !== undefined && i < volumes.length; i++) if (volumes[i]!.persistentVolumeClaim?.claimName) return true;
  return false;
}
