/**
 * VolumeBinding's PreBind (pkg/scheduler/framework/plugins/volumebinding/binder.go AssumePodVolumes,
 * bindAPIUpdate, checkBindings; component-helpers/storage/volume/pv_helpers.go GetBindVolumeToClaim):
 * the scheduler pre-binds each chosen volume to its claim through `claimRef`, and marks each claim to
 * provision with `volume.kubernetes.io/selected-node`; the PV controller and the provisioner do the
 * rest. The pod is bound to its node only once every claim is fully bound; a reset claimRef, a removed
 * selected-node annotation or a volume whose node affinity no longer admits the node fails the attempt.
 */
import type { KubeObject } from '../../api';
import { ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE } from '../annotations';
import { isVolumeBoundToClaim } from '../binding/find-matching-volume';
import { checkVolumeNodeAffinity } from '../volume-node-affinity';
import type { PodVolumes, SchedulingNode } from './find-pod-volumes';
import { isClaimFullyBound } from './pod-volume-claims';
import type { Claim, Volume, VolumeListers } from './volume-listers';

/** The API writes that start binding (only the objects that change; the writes carry no resourceVersion). */
export function volumeBindingWrites(podVolumes: PodVolumes, nodeName: string): KubeObject[] {
  const writes: KubeObject[] = [];
  for (const { volume, claim } of podVolumes.staticBindings) {
    const bound = bindVolumeToClaim(volume, claim);
    if (bound) writes.push(bound);
  }
  for (const claim of podVolumes.dynamicProvisions) {
    if (claim.metadata.annotations?.[ANN_SELECTED_NODE] === nodeName) continue;
    const annotations = { ...claim.metadata.annotations, [ANN_SELECTED_NODE]: nodeName };
    writes.push({ ...claim, metadata: { ...claim.metadata, annotations, resourceVersion: undefined } } as KubeObject);
  }
  return writes;
}

/** GetBindVolumeToClaim: claimRef → the claim (with its uid), and `bound-by-controller` unless the user pre-bound it. */
function bindVolumeToClaim(volume: Volume, claim: Claim): KubeObject | undefined {
  const ref = volume.spec?.claimRef;
  const refOk = ref?.name === claim.metadata.name && ref?.namespace === claim.metadata.namespace && ref?.uid === claim.metadata.uid;
  const markController = !isVolumeBoundToClaim(volume, claim) && volume.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER] === undefined;
  if (refOk && !markController) return undefined;
  const claimRef = refOk
    ? ref
    : { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: 'v1', resourceVersion: claim.metadata.resourceVersion };
  const annotations = markController ? { ...volume.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' } : volume.metadata.annotations;
  return { ...volume, metadata: { ...volume.metadata, annotations, resourceVersion: undefined }, spec: { ...volume.spec, claimRef } } as KubeObject;
}

/** checkBindings: 'bound' when every claim is fully bound, 'waiting' while the controllers work, or why binding failed. */
export function checkBindings(podVolumes: PodVolumes, node: SchedulingNode, listers: VolumeListers): 'bound' | 'waiting' | { readonly error: string } {
  // Like checkBindings, the first claim still being bound ends the check: later ones are looked at next time.
  for (const { volume: chosen, claim: wanted } of podVolumes.staticBindings) {
    const volume = listers.volume(chosen.metadata.name);
    const claim = listers.claim(wanted.metadata.namespace ?? '', wanted.metadata.name);
    if (!volume) return { error: `failed to check binding: PV ${chosen.metadata.name} not found` };
    if (!claim) return { error: `failed to check binding: PVC ${wanted.metadata.namespace}/${wanted.metadata.name} not found` };
    const conflict = affinityError(volume, node);
    if (conflict) return { error: conflict };
    if (!volume.spec?.claimRef?.uid) return { error: `ClaimRef got reset for pv "${volume.metadata.name}"` };
    if (!isClaimFullyBound(claim)) return 'waiting';
  }
  for (const wanted of podVolumes.dynamicProvisions) {
    const claim = listers.claim(wanted.metadata.namespace ?? '', wanted.metadata.name);
    if (!claim) return { error: `failed to check provisioning pvc: PVC ${wanted.metadata.namespace}/${wanted.metadata.name} not found` };
    // A provisioner that gives up removes the annotation to hand the claim back to the scheduler.
    if (claim.metadata.annotations?.[ANN_SELECTED_NODE] !== node.name) return { error: `provisioning failed for PVC "${claim.metadata.name}"` };
    const volume = claim.spec?.volumeName ? listers.volume(claim.spec.volumeName) : undefined;
    const conflict = volume && affinityError(volume, node);
    if (conflict) return { error: conflict };
    if (!isClaimFullyBound(claim) || (claim.spec?.volumeName && !volume)) return 'waiting';
  }
  return 'bound';
}

function affinityError(volume: Volume, node: SchedulingNode): string | undefined {
  const err = checkVolumeNodeAffinity(volume, node.name, node.labels);
  return err && `pv "${volume.metadata.name}" node affinity doesn't match node "${node.name}": ${err}`;
}
