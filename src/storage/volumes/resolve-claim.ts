/**
 * From a pod's `persistentVolumeClaim` volume to the bound PersistentVolume, with the kubelet's errors
 * (pkg/kubelet/volumemanager/populator/desired_state_of_world_populator.go createVolumeSpec /
 * getPVCExtractPV): a missing, terminating or unbound claim, or a missing volume, keeps the pod's
 * volumes "failed to process" and the pod in ContainerCreating.
 */
import type { ObjectStore, StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/schemas';

export type StoreReader = Pick<ObjectStore, 'get' | 'list'>;

export type ClaimResolution =
  | { readonly ok: true; readonly claim: StoredObject<PersistentVolumeClaim>; readonly volume: StoredObject<PersistentVolume> }
  | { readonly ok: false; readonly error: string };

export function resolveClaim(store: StoreReader, namespace: string, claimName: string): ClaimResolution {
  const prefix = `error processing PVC ${namespace}/${claimName}`;
  const claim = store.get('PersistentVolumeClaim', namespace, claimName) as StoredObject<PersistentVolumeClaim> | undefined;
  if (!claim) return { ok: false, error: `${prefix}: failed to fetch PVC from API server: persistentvolumeclaims "${claimName}" not found` };
  if (claim.metadata.deletionTimestamp) return { ok: false, error: `${prefix}: PVC is being deleted` };
  const volumeName = claim.spec?.volumeName ?? '';
  if ((claim.status as { phase?: string } | undefined)?.phase !== 'Bound' || volumeName === '') return { ok: false, error: `${prefix}: PVC is not bound` };
  const volume = store.get('PersistentVolume', undefined, volumeName) as StoredObject<PersistentVolume> | undefined;
  if (!volume) return { ok: false, error: `${prefix}: failed to fetch PV ${volumeName} from API server: persistentvolumes "${volumeName}" not found` };
  const ref = volume.spec?.claimRef;
  if (!ref) return { ok: false, error: `${prefix}: found PV object ${volumeName} but it has a nil pv.Spec.ClaimRef indicating it is not yet bound to the claim` };
  if (ref.uid !== claim.metadata.uid) {
    return { ok: false, error: `${prefix}: found PV object ${volumeName} but its pv.Spec.ClaimRef.UID ${ref.uid ?? ''} does not point to claim.UID ${claim.metadata.uid}` };
  }
  return { ok: true, claim, volume };
}
