/**
 * VolumeBinding (`pkg/scheduler/framework/plugins/volumebinding/volume_binding.go`). PreFilter: every
 * claim must exist, not be lost or being deleted, and every Immediate claim must already be bound
 * (UnschedulableAndUnresolvable otherwise); it lists each WaitForFirstConsumer claim's candidate volumes
 * once per pod. Filter: the node must suit the bound volumes' node affinity and be able to bind or
 * provision the rest; what it finds per node is kept for Reserve/PreBind (`reserve`).
 */
import { findPodVolumes, getPodVolumeClaims, podClaimsError, type PodVolumes } from '../../storage';
import { podUsesClaims } from '../pod-uses-claims';
import { SKIP, unresolvable, type FilterPlugin } from '../framework';
import type { NodeInfo } from '../node-info';

export const ERR_REASON_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';

export const volumeBinding: FilterPlugin = {
  name: 'VolumeBinding',
  preFilter({ pod }, env) {
    if (!podUsesClaims(pod)) return SKIP;
    const error = podClaimsError(pod, env.volumes);
    if (error) return { kind: 'reject', status: unresolvable(error) };
    const claims = getPodVolumeClaims(pod, env.volumes);
    // The pod is moved back to the queue once the PV controller binds these claims (a PVC event).
    if (claims.unboundClaimsImmediate.length > 0) return { kind: 'reject', status: unresolvable(ERR_REASON_UNBOUND_IMMEDIATE) };
    const byNode = new Map<string, PodVolumes>();
    const filter = (node: NodeInfo) => {
      const found = findPodVolumes(claims, node, env.volumes);
      if (found.reasons.length > 0) return unresolvable(...found.reasons);
      byNode.set(node.name, found.podVolumes);
      return undefined;
    };
    return { kind: 'filter', filter, reserve: (nodeName) => byNode.get(nodeName) };
  },
};
