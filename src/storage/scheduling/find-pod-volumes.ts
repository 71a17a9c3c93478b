/**
 * VolumeBinding's Filter for one node (pkg/scheduler/framework/plugins/volumebinding/binder.go
 * FindPodVolumes, checkBoundClaims, findMatchingVolumes, checkVolumeProvisions, and
 * component-helpers/storage/volume/pv_helpers.go FindMatchingVolume on the scheduler path): bound
 * claims need their volume's node affinity to admit the node; each unbound WaitForFirstConsumer claim
 * needs either an Available volume of its class that the node can use (smallest claims choose first,
 * each volume once) or a class whose provisioner can provision there. What it finds is what the pod's
 * volumes would be on that node: the static bindings and the claims to provision.
 * CSI storage capacity is not modelled (no CSIStorageCapacity objects), so storage is always sufficient.
 */
import { selectorFromObject, type LabelSelectorObject } from '../../api';
import type { StorageClass, TopologySelectorTerm } from '../../api/schemas';
import { compareQuantities } from '../../api/validation/quantity';
import { checkAccessModes } from '../access-modes';
import { ANN_SELECTED_NODE } from '../annotations';
import { isVolumeBoundToClaim } from '../binding/find-matching-volume';
import { claimClass } from '../storage-class';
import { checkVolumeNodeAffinity } from '../volume-node-affinity';
import type { PodVolumeClaims } from './pod-volume-claims';
import type { Claim, Volume, VolumeListers } from './volume-listers';

export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_PV_NOT_EXIST = 'node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)';
/** volume.NotSupportedProvisioner: classes of statically created local volumes. */
export const NOT_SUPPORTED_PROVISIONER = 'kubernetes.io/no-provisioner';

export interface SchedulingNode {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface StaticBinding {
  readonly volume: Volume;
  readonly claim: Claim;
}

/** What binding the pod's volumes on one node takes (PodVolumes). */
export interface PodVolumes {
  readonly staticBindings: readonly StaticBinding[];
  readonly dynamicProvisions: readonly Claim[];
}

export interface FoundPodVolumes {
  /** ConflictReasons, in FindPodVolumes' order; empty when the node fits. */
  readonly reasons: readonly string[];
  readonly podVolumes: PodVolumes;
}

const NONE: PodVolumes = { staticBindings: [], dynamicProvisions: [] };

export function findPodVolumes(claims: PodVolumeClaims, node: SchedulingNode, listers: VolumeListers): FoundPodVolumes {
  let boundSatisfied = true;
  let boundFound = true;
  for (const { volume } of claims.boundClaims) {
    if (!volume) {
      boundFound = false;
      break;
    }
    if (checkVolumeNodeAffinity(volume, node.name, node.labels) !== undefined) {
      boundSatisfied = false;
      break;
    }
  }
  const unbound = claims.unboundClaimsDelayBinding.length > 0 ? findUnboundVolumes(claims, node, listers) : { satisfied: true, podVolumes: NONE };
  const reasons: string[] = [];
  if (!boundSatisfied) reasons.push(ERR_REASON_NODE_CONFLICT);
  if (!unbound.satisfied) reasons.push(ERR_REASON_BIND_CONFLICT);
  if (!boundFound) reasons.push(ERR_REASON_PV_NOT_EXIST);
  return { reasons, podVolumes: unbound.podVolumes };
}

/** The unbound half of FindPodVolumes: claims already given a node provision there, the others look for volumes first. */
function findUnboundVolumes(claims: PodVolumeClaims, node: SchedulingNode, listers: VolumeListers): { satisfied: boolean; podVolumes: PodVolumes } {
  const toProvision: Claim[] = [];
  const toMatch: Claim[] = [];
  for (const claim of claims.unboundClaimsDelayBinding) {
    const selected = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    if (selected !== undefined && selected !== node.name) return { satisfied: false, podVolumes: NONE };
    (selected !== undefined ? toProvision : toMatch).push(claim);
  }
  const staticBindings: StaticBinding[] = [];
  let satisfied = true;
  if (toMatch.length > 0) {
    const chosen = new Set<string>();
    for (const claim of [...toMatch].sort(byRequestedSize)) {
      const volume = matchVolumeOnNode(claim, claims.unboundVolumesDelayBinding.get(claimClass(claim)) ?? [], node, chosen);
      if (!volume) {
        toProvision.push(claim);
        satisfied = false;
        continue;
      }
      chosen.add(volume.metadata.name);
      staticBindings.push({ volume, claim });
    }
  }
  if (toProvision.length > 0) satisfied = toProvision.every((claim) => canProvisionOn(claim, node, listers));
  return { satisfied, podVolumes: { staticBindings, dynamicProvisions: satisfied ? toProvision : [] } };
}

/** byPVCSize: smaller storage requests choose their volume first. */
function byRequestedSize(a: Claim, b: Claim): number {
  return compareQuantities(a.spec?.resources?.requests?.storage ?? '0', b.spec?.resources?.requests?.storage ?? '0');
}

/**
 * FindMatchingVolume with a node: a volume pre-bound to the claim wins if the node may use it (and
 * nothing else is tried otherwise); else the smallest Available, unclaimed volume that is big enough,
 * of the claim's volume mode, access modes and selector, whose node affinity admits the node.
 */
export function matchVolumeOnNode(claim: Claim, volumes: readonly Volume[], node: SchedulingNode, chosen: ReadonlySet<string>): Volume | undefined {
  const requested = claim.spec?.resources?.requests?.storage ?? '0';
  const selector = claim.spec?.selector ? selectorFromObject(claim.spec.selector as LabelSelectorObject) : undefined;
  let smallest: Volume | undefined;
  for (const volume of volumes) {
    if (chosen.has(volume.metadata.name)) continue;
    const prebound = volume.spec?.claimRef !== undefined;
    if (prebound && !isVolumeBoundToClaim(volume, claim)) continue;
    const capacity = volume.spec?.capacity?.storage ?? '0';
    if (compareQuantities(capacity, requested) < 0) continue;
    if ((volume.spec?.volumeMode ?? 'Filesystem') !== (claim.spec?.volumeMode ?? 'Filesystem') || volume.metadata.deletionTimestamp) continue;
    const affinityOk = checkVolumeNodeAffinity(volume, node.name, node.labels) === undefined;
    if (prebound) return affinityOk ? volume : undefined;
    if ((volume.status as { phase?: string } | undefined)?.phase !== 'Available') continue;
    if ((selector && !selector.matches(volume.metadata.labels)) || !affinityOk || !checkAccessModes(claim, volume)) continue;
    if (!smallest || compareQuantities(smallest.spec?.capacity?.storage ?? '0', capacity) > 0) smallest = volume;
  }
  return smallest;
}

/** checkVolumeProvisions for one claim: a provisioner that provisions, and allowedTopologies that admit the node. */
function canProvisionOn(claim: Claim, node: SchedulingNode, listers: VolumeListers): boolean {
  const sc: StorageClass | undefined = listers.storageClass(claimClass(claim));
  if (!sc || !sc.provisioner || sc.provisioner === NOT_SUPPORTED_PROVISIONER) return false;
  return matchTopologySelectorTerms(sc.allowedTopologies ?? [], node.labels);
}

/** MatchTopologySelectorTerms: no terms admit every node; terms are ORed (an empty one selects nothing), expressions ANDed. */
export function matchTopologySelectorTerms(terms: readonly TopologySelectorTerm[], labels: Readonly<Record<string, string>>): boolean {
  if (terms.length === 0) return true;
  return terms.some((term) => {
    const expressions = term.matchLabelExpressions ?? [];
    return expressions.length > 0 && expressions.every((e) => !!e.key && Object.prototype.hasOwnProperty.call(labels, e.key) && (e.values ?? []).includes(labels[e.key]!));
  });
}
