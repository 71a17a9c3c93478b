/**
 * What kube-scheduler's VolumeBinding and VolumeRestrictions plugins decide about a pod's claims
 * (pkg/scheduler/framework/plugins/volumebinding/volume_binding.go, binder.go;
 * volumerestrictions/volume_restrictions.go), as pure functions the scheduler can wrap in its plugins:
 * `podVolumeRejection` is the PreFilter (the pod cannot be scheduled anywhere yet) and
 * `nodeVolumeConflict` the per-node Filter.
 */
import type { ObjectStore, StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from '../../api/schemas';
import { findBestMatchForClaim } from '../binding/find-matching-volume';
import { claimClass } from '../storage-class';
import { checkVolumeNodeAffinity } from '../volume-node-affinity';

type Store = Pick<ObjectStore, 'get' | 'list'>;
type Claim = StoredObject<PersistentVolumeClaim>;

export const ERR_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';
export const ERR_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_PV_NOT_EXIST = 'node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)';
export const ERR_RWOP_CONFLICT = 'node has pod using PersistentVolumeClaim with the same name and ReadWriteOncePod access mode';

/** PreFilter: why no node can take the pod now (UnschedulableAndUnresolvable), or undefined. */
export function podVolumeRejection(pod: StoredObject<Pod>, store: Store): string | undefined {
  for (const name of claimNames(pod)) {
    const claim = store.get('PersistentVolumeClaim', pod.metadata.namespace, name) as Claim | undefined;
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if (claim.metadata.deletionTimestamp) return `persistentvolumeclaim "${name}" is being deleted`;
    if (!claim.spec?.volumeName && !isWaitForFirstConsumer(claim, store)) return ERR_UNBOUND_IMMEDIATE;
    if ((claim.spec?.accessModes ?? []).includes('ReadWriteOncePod') && usedByOtherPod(pod, name, store)) return ERR_RWOP_CONFLICT;
  }
  return undefined;
}

/** Filter: why `node` cannot take the pod's volumes, or undefined. */
export function nodeVolumeConflict(pod: StoredObject<Pod>, node: { readonly name: string; readonly labels: Readonly<Record<string, string>> }, store: Store): string | undefined {
  const taken = new Set<string>();
  for (const name of claimNames(pod)) {
    const claim = store.get('PersistentVolumeClaim', pod.metadata.namespace, name) as Claim | undefined;
    if (!claim) continue;
    if (claim.spec?.volumeName) {
      const volume = store.get('PersistentVolume', undefined, claim.spec.volumeName) as PersistentVolume | undefined;
      if (!volume) return ERR_PV_NOT_EXIST;
      if (checkVolumeNodeAffinity(volume, node.name, node.labels)) return ERR_NODE_CONFLICT;
      continue;
    }
    const volumes = (store.list('PersistentVolume') as StoredObject<PersistentVolume>[]).filter((v) => !taken.has(v.metadata.name));
    const match = findBestMatchForClaim(claim, volumes, { delayBinding: true, node });
    if (match) taken.add(match.metadata.name);
    else if (!canProvision(claim, store)) return ERR_BIND_CONFLICT;
  }
  return undefined;
}

function claimNames(pod: Pod): string[] {
  return (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));
}

function classOf(claim: Claim, store: Store): StorageClass | undefined {
  const name = claimClass(claim);
  return name ? (store.get('StorageClass', undefined, name) as StorageClass | undefined) : undefined;
}

function isWaitForFirstConsumer(claim: Claim, store: Store): boolean {
  return classOf(claim, store)?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** checkVolumeProvisions: a class whose provisioner can make a volume (not `kubernetes.io/no-provisioner`). */
function canProvision(claim: Claim, store: Store): boolean {
  const sc = classOf(claim, store);
  return sc !== undefined && sc.provisioner !== 'kubernetes.io/no-provisioner';
}

function usedByOtherPod(pod: StoredObject<Pod>, claimName: string, store: Store): boolean {
  return (store.list('Pod', pod.metadata.namespace) as StoredObject<Pod>[]).some(
    (other) => other.metadata.uid !== pod.metadata.uid && !!other.spec?.nodeName && claimNames(other).includes(claimName),
  );
}
