/**
 * VolumeRestrictions (`pkg/scheduler/framework/plugins/volumerestrictions/volume_restrictions.go`).
 * PreFilter: every `persistentVolumeClaim` the pod names must exist (UnschedulableAndUnresolvable
 * otherwise), and a ReadWriteOncePod claim that a scheduled pod already uses makes every node fail.
 * Filter: the same GCE PD, AWS EBS, RBD image or iSCSI IQN cannot be mounted by two pods on a node
 * unless both mount it read-only (EBS: never).
 */
import type { Pod, Volume } from '../../api/schemas';
import { podClaimNames } from '../../storage';
import { podUsesClaims } from '../pod-uses-claims';
import { SKIP, unresolvable, unschedulable, type FilterPlugin, type FilterStatus, type PreFilterOutcome, type SchedulingEnv } from '../framework';
import type { NodeInfo } from '../node-info';

export const ERR_REASON_DISK_CONFLICT = 'node(s) had no available disk';
export const ERR_REASON_READ_WRITE_ONCE_POD_CONFLICT = 'node has pod using PersistentVolumeClaim with the same name and ReadWriteOncePod access mode';

const NO_VOLUMES: readonly Volume[] = Object.freeze([]);

export const volumeRestrictions: FilterPlugin = {
  name: 'VolumeRestrictions',
  preFilter({ pod }, env) {
    const conflictingClaims = podUsesClaims(pod) ? readWriteOncePodConflicts(pod, env) : 0;
    if (typeof conflictingClaims !== 'number') return conflictingClaims;
    // `some` first: most pods have no such volume, and the filtered list was a fresh array per cycle.
    const volumes = pod.spec?.volumes;
    const disks = volumes !== undefined && volumes.some(needsRestrictionsCheck) ? volumes.filter(needsRestrictionsCheck) : NO_VOLUMES;
    if (disks.length === 0 && conflictingClaims === 0) return SKIP;
    return {
      kind: 'filter',
      filter: (node: NodeInfo): FilterStatus | undefined => {
        if (disks.some((v) => [...node.pods.values()].some((c) => isVolumeConflict(v, c.pod)))) return unschedulable(ERR_REASON_DISK_CONFLICT);
        return conflictingClaims > 0 ? unschedulable(ERR_REASON_READ_WRITE_ONCE_POD_CONFLICT) : undefined;
      },
    };
  },
};

/** How many of the pod's ReadWriteOncePod claims a scheduled pod already uses, or the rejection of a missing claim. */
function readWriteOncePodConflicts(pod: Pod, env: SchedulingEnv): number | PreFilterOutcome {
  const namespace = pod.metadata.namespace ?? '';
  let conflicts = 0;
  for (const name of podClaimNames(pod)) {
    const claim = env.volumes.claim(namespace, name);
    if (!claim) return { kind: 'reject', status: unresolvable(`persistentvolumeclaim "${name}" not found`) };
    if ((claim.spec?.accessModes ?? []).includes('ReadWriteOncePod') && env.cache.isClaimUsed(`${namespace}/${name}`)) conflicts++;
  }
  return conflicts;
}

/** The volume kinds whose sharing between pods on one node this plugin restricts. */
export function needsRestrictionsCheck(v: Volume): boolean {
  return !!(v.gcePersistentDisk || v.awsElasticBlockStore || v.rbd || v.iscsi);
}

/** isVolumeConflict: `volume` of the incoming pod against the volumes of a pod already on the node. */
function isVolumeConflict(volume: Volume, existing: Pod): boolean {
  return (existing.spec?.volumes ?? []).some((other) => {
    if (volume.gcePersistentDisk && other.gcePersistentDisk) {
      return volume.gcePersistentDisk.pdName === other.gcePersistentDisk.pdName && !(volume.gcePersistentDisk.readOnly && other.gcePersistentDisk.readOnly);
    }
    if (volume.awsElasticBlockStore && other.awsElasticBlockStore) return volume.awsElasticBlockStore.volumeID === other.awsElasticBlockStore.volumeID;
    if (volume.iscsi && other.iscsi) return volume.iscsi.iqn === other.iscsi.iqn && !(volume.iscsi.readOnly && other.iscsi.readOnly);
    if (volume.rbd && other.rbd) {
      const [a, b] = [volume.rbd, other.rbd];
      const monitorsOverlap = (a.monitors ?? []).some((m) => (b.monitors ?? []).includes(m));
      return monitorsOverlap && (a.pool ?? 'rbd') === (b.pool ?? 'rbd') && a.image === b.image && !(a.readOnly && b.readOnly);
    }
    return false;
  });
}
