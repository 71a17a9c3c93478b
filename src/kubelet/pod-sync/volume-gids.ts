/**
 * The extra supplemental groups a pod's PersistentVolumes give its containers
 * (`pkg/kubelet/volumemanager/volume_manager.go` GetExtraSupplementalGroupsForPod): each bound PV's
 * `pv.beta.kubernetes.io/gid` annotation, once, when it parses as an integer and the pod's own
 * supplementalGroups do not already list it. The groups never appear on the Pod object.
 */
import type { PersistentVolume, PersistentVolumeClaim, Pod } from '../../api/schemas';

export const VOLUME_GID_ANNOTATION = 'pv.beta.kubernetes.io/gid';

interface ObjectLookup {
  get(kind: string, namespace: string | undefined, name: string): unknown;
}

/** None, shared: every container start asks, and nearly no pod has a claim whose volume names a group. */
export const NO_GROUPS: readonly number[] = Object.freeze([]);

export function extraSupplementalGroups(pod: Pod, store: ObjectLookup): readonly number[] {
  const volumes = pod.spec?.volumes;
  if (volumes === undefined) return NO_GROUPS;
  let groups: number[] | undefined;
  for (const volume of volumes) {
    const claimName = claimNameOf(pod, volume);
    if (claimName === undefined) continue;
    const claim = store.get('PersistentVolumeClaim', pod.metadata.namespace, claimName) as PersistentVolumeClaim | undefined;
    const volumeName = claim?.spec?.volumeName;
    const pv = volumeName ? (store.get('PersistentVolume', undefined, volumeName) as PersistentVolume | undefined) : undefined;
    const gid = volumeGid(pv?.metadata.annotations?.[VOLUME_GID_ANNOTATION]);
    if (gid !== undefined && !pod.spec?.securityContext?.supplementalGroups?.includes(gid) && !groups?.includes(gid)) (groups ??= []).push(gid);
  }
  return groups ?? NO_GROUPS;
}

/** The claim a volume uses: `persistentVolumeClaim`'s, or a generic ephemeral volume's `<pod>-<volume>`. */
function claimNameOf(pod: Pod, volume: NonNullable<NonNullable<Pod['spec']>['volumes']>[number]): string | undefined {
  if (volume.persistentVolumeClaim?.claimName) return volume.persistentVolumeClaim.claimName;
  return volume.ephemeral ? `${pod.metadata.name}-${volume.name}` : undefined;
}

/** strconv.ParseInt(value, 10, 64): anything else is ignored, as getExtraSupplementalGid does. */
function volumeGid(value: string | undefined): number | undefined {
  return value !== undefined && /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}
