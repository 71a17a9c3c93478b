/**
 * A pod's claims as kube-scheduler's VolumeBinding sees them before it looks at any node
 * (pkg/scheduler/framework/plugins/volumebinding/volume_binding.go podHasPVCs, binder.go
 * GetPodVolumeClaims): the first claim that makes the pod unschedulable everywhere, then the claims
 * split into fully bound, unbound WaitForFirstConsumer, and unbound Immediate (which must bind before
 * the pod can be placed), with the candidate volumes of each delayed claim's class listed once per pod.
 * Generic ephemeral volumes are not modelled (kubespec runs no ephemeral volume controller).
 */
import type { Pod } from '../../api/schemas';
import { ANN_BIND_COMPLETED, hasAnnotation } from '../annotations';
import { claimClass } from '../storage-class';
import type { Claim, Volume, VolumeListers } from './volume-listers';

export interface BoundClaim {
  readonly claim: Claim;
  /** The volume it is bound to; undefined when that volume does not exist. */
  readonly volume: Volume | undefined;
}

export interface PodVolumeClaims {
  readonly boundClaims: readonly BoundClaim[];
  readonly unboundClaimsDelayBinding: readonly Claim[];
  readonly unboundClaimsImmediate: readonly Claim[];
  /** storage class name → its volumes (the assume cache's ListPVs), for the delayed claims. */
  readonly unboundVolumesDelayBinding: ReadonlyMap<string, readonly Volume[]>;
}

/** The claim names of the pod's `persistentVolumeClaim` volumes, in volume order. */
export function podClaimNames(pod: Pod): string[] {
  const names: string[] = [];
  for (const v of pod.spec?.volumes ?? []) if (v.persistentVolumeClaim?.claimName) names.push(v.persistentVolumeClaim.claimName);
  return names;
}

/** podHasPVCs: why no node can take the pod because of a claim (missing, lost, being deleted), or undefined. */
export function podClaimsError(pod: Pod, listers: VolumeListers): string | undefined {
  const namespace = pod.metadata.namespace ?? '';
  for (const name of podClaimNames(pod)) {
    const claim = listers.claim(namespace, name);
    if (!claim) return `persistentvolumeclaim "${name}" not found`;
    if ((claim.status as { phase?: string } | undefined)?.phase === 'Lost') {
      return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${claim.spec?.volumeName ?? ''}"`;
    }
    if (claim.metadata.deletionTimestamp) return `persistentvolumeclaim "${name}" is being deleted`;
  }
  return undefined;
}

/** isPVCFullyBound: the PV controller has finished binding (volumeName and `bind-completed`). */
export function isClaimFullyBound(claim: Claim): boolean {
  return !!claim.spec?.volumeName && hasAnnotation(claim, ANN_BIND_COMPLETED);
}

/** IsDelayBindingMode: the claim's class exists and binds WaitForFirstConsumer (no class, or a missing one, is Immediate). */
export function isDelayBinding(claim: Claim, listers: VolumeListers): boolean {
  const className = claimClass(claim);
  return !!className && listers.storageClass(className)?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** GetPodVolumeClaims, for a pod whose claims all exist (podClaimsError found nothing). */
export function getPodVolumeClaims(pod: Pod, listers: VolumeListers): PodVolumeClaims {
  const boundClaims: BoundClaim[] = [];
  const delayed: Claim[] = [];
  const immediate: Claim[] = [];
  for (const name of podClaimNames(pod)) {
    const claim = listers.claim(pod.metadata.namespace ?? '', name);
    if (!claim) continue;
    if (isClaimFullyBound(claim)) boundClaims.push({ claim, volume: listers.volume(claim.spec!.volumeName!) });
    // A claim that names its volume but is not fully bound yet counts as Immediate: the PV controller binds it.
    else if (isDelayBinding(claim, listers) && !claim.spec?.volumeName) delayed.push(claim);
    else immediate.push(claim);
  }
  const volumes = new Map<string, readonly Volume[]>();
  for (const claim of delayed) {
    const className = claimClass(claim);
    if (!volumes.has(className)) volumes.set(className, listers.volumesOfClass(className));
  }
  return { boundClaims, unboundClaimsDelayBinding: delayed, unboundClaimsImmediate: immediate, unboundVolumesDelayBinding: volumes };
}
