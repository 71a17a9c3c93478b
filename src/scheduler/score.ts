/**
 * Scoring with the default profile's weights (`pkg/scheduler/framework/plugins/noderesources/least_allocated.go`,
 * `balanced_allocation.go`, `tainttoleration`, `nodeaffinity`; `helper/normalize_score.go`). Each plugin scores a
 * node 0..100; the total is the weighted sum. LeastAllocated uses the non-zero requests (a container without
 * requests counts as 100m/200Mi), which is what spreads replicas across equal nodes. PodTopologySpread,
 * InterPodAffinity preferences and ImageLocality are not modelled.
 */
import type { FilterStatus, PodInfo } from './framework';
import type { NodeInfo } from './node-info';
import { preferredNodeAffinityWeight } from './plugins/node-affinity';
import { intolerablePreferNoScheduleTaints } from './plugins/taint-toleration';

export type { FilterStatus };
const MAX_NODE_SCORE = 100;
const WEIGHTS = { taintToleration: 3, nodeAffinity: 2, leastAllocated: 1, balancedAllocation: 1 } as const;

/** Weighted totals, in the order of `nodes`. */
export function scoreNodes(pod: PodInfo, nodes: readonly NodeInfo[]): number[] {
  const taints = normalize(nodes.map((n) => intolerablePreferNoScheduleTaints(pod.pod.spec?.tolerations, n)), true);
  const affinity = normalize(nodes.map((n) => preferredNodeAffinityWeight(pod.pod, n)), false);
  return nodes.map(
    (n, i) =>
      WEIGHTS.taintToleration * taints[i]! +
      WEIGHTS.nodeAffinity * affinity[i]! +
      WEIGHTS.leastAllocated * leastAllocated(pod, n) +
      WEIGHTS.balancedAllocation * balancedAllocation(pod, n),
  );
}

/** `((capacity - requested) * 100) / capacity` per resource (integer maths), averaged over cpu and memory. */
export function leastAllocated(pod: PodInfo, node: NodeInfo): number {
  const pairs: [number, number][] = [
    [node.nonZeroRequested.milliCPU + pod.nonZeroRequests.milliCPU, node.allocatable.milliCPU],
    [node.nonZeroRequested.memory + pod.nonZeroRequests.memory, node.allocatable.memory],
  ];
  let sum = 0;
  let weights = 0;
  for (const [requested, capacity] of pairs) {
    if (capacity === 0) continue;
    sum += requested > capacity ? 0 : Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
    weights++;
  }
  return weights === 0 ? 0 : Math.floor(sum / weights);
}

/** `(1 - |cpuFraction - memoryFraction| / 2) * 100` over the real requests, fractions capped at 1. */
export function balancedAllocation(pod: PodInfo, node: NodeInfo): number {
  const fractions: number[] = [];
  const add = (requested: number, capacity: number) => capacity > 0 && fractions.push(Math.min(1, requested / capacity));
  add(node.requested.milliCPU + pod.requests.milliCPU, node.allocatable.milliCPU);
  add(node.requested.memory + pod.requests.memory, node.allocatable.memory);
  const std = fractions.length === 2 ? Math.abs((fractions[0]! - fractions[1]!) / 2) : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

/** DefaultNormalizeScore: scale to 0..100 by the maximum; `reverse` turns counts of bad things into scores. */
export function normalize(scores: readonly number[], reverse: boolean): number[] {
  const max = Math.max(0, ...scores);
  if (max === 0) return scores.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return scores.map((s) => {
    const scaled = Math.floor((MAX_NODE_SCORE * s) / max);
    return reverse ? MAX_NODE_SCORE - scaled : scaled;
  });
}
