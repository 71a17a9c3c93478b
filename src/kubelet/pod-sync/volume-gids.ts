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

export function extraSupplementalGroups(pod: Pod, store: ObjectLookup): number[] {
  const groups = new Set<number>();
  for (const claimName of claimNames(pod)) {
    const claim = store.get('PersistentVolumeClaim', pod.metadata.namespace, claimName) as PersistentVolumeClaim | undefined;
    const volumeName = claim?.spec?.volumeName;
    const volume = volumeName ? (store.get('PersistentVolume', undefined, volumeName) as PersistentVolume | undefined) : undefined;
    const gid = volumeGid(volume?.metadata.annotations?.[VOLUME_GID_ANNOTATION]);
    if (gid !== undefined && !pod.spec?.securityContext?.supplementalGroups?.includes(gid)) groups.add(gid);
  }
  return [...groups];
}

/** The claims a pod's volumes use: `persistentVolumeClaim`, and a generic ephemeral volume's `<pod>-<volume>`. */
function claimNames(pod: Pod): string[] {
  const names: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    if (volume.persistentVolumeClaim?.claimName) names.push(volume.persistentVolumeClaim.claimName);
    else if (volume.ephemeral) names.push(`${pod.metadata.name}-${volume.name}`);
  }
  return names;
}

/** strconv.ParseInt(value, 10, 64): anything else is ignored, as getExtraSupplementalGid does. */
function volumeGid(value: string | undefined): number | undefined {
  return value !== undefined && /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}
