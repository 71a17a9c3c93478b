/**
 * Scoring with the default profile's weights (`pkg/scheduler/framework/plugins/noderesources/least_allocated.go`,
 * `balanced_allocation.go`, `tainttoleration`, `nodeaffinity`; `helper/normalize_score.go`). Each plugin scores a
 * node 0..100; the total is the weighted sum. LeastAllocated uses the non-zero requests (a container without
 * requests counts as 100m/200Mi), which is what spreads replicas across equal nodes. PodTopologySpread,
 * InterPodAffinity preferences and ImageLocality are not modelled.
 */
import type { FilterStatus, PodInfo } from './framework';
import { FLAG_PREFER_NO_SCHEDULE_TAINTS, HOT_ALLOCATABLE_MEMORY, HOT_ALLOCATABLE_MILLI_CPU, HOT_FLAGS, HOT_NON_ZERO_MEMORY, HOT_NON_ZERO_MILLI_CPU, HOT_REQUESTED_MEMORY, HOT_REQUESTED_MILLI_CPU, HOT_RESOURCE_SCORE, HOT_SCORED_FOR, type NodeInfo } from './node-info';
import { preferredNodeAffinityWeight } from './plugins/node-affinity';
import { intolerablePreferNoScheduleTaints, preferNoScheduleTolerations } from './plugins/taint-toleration';

export type { FilterStatus };
const MAX_NODE_SCORE = 100;
const WEIGHTS = { taintToleration: 3, nodeAffinity: 2, leastAllocated: 1, balancedAllocation: 1 } as const;

/**
 * Weighted totals, in the order of `nodes` (whose hot rows start at `rows[offsets[i]]`); `requestsId` names the
 * pod's requests for the resource-score memo in the rows (node-info.ts HOT_SCORED_FOR). `totals` may be longer
 * than `nodes` (a buffer the caller keeps): entries past `nodes.length` are not written. This runs for hundreds
 * of nodes per pod, so it reads only the rows and avoids allocating per node; the taint and node-affinity
 * scores are computed only when some node could differ.
 */
export function scoreNodes(pod: PodInfo, nodes: readonly NodeInfo[], rows: Float64Array, offsets: readonly number[], requestsId: number, totals = new Float64Array(nodes.length)): Float64Array {
  // The pod's four numbers as locals and the node's as plain reads of its row: the loop body is a few loads
  // and divisions per node, with no object reads or calls the compiler could fail to inline.
  const { milliCPU: nonZeroCpu, memory: nonZeroMemory } = pod.nonZeroRequests;
  const { milliCPU: cpu, memory } = pod.requests;
  let flags = 0;
  for (let i = 0; i < nodes.length; i++) {
    const at = offsets[i]!;
    flags |= rows[at + HOT_FLAGS]!;
    if (rows[at + HOT_SCORED_FOR] === requestsId) {
      totals[i] = rows[at + HOT_RESOURCE_SCORE]!;
      continue;
    }
    const cpuCapacity = rows[at + HOT_ALLOCATABLE_MILLI_CPU]!;
    const memoryCapacity = rows[at + HOT_ALLOCATABLE_MEMORY]!;
    const least = leastAllocatedScore(rows[at + HOT_NON_ZERO_MILLI_CPU]! + nonZeroCpu, cpuCapacity, rows[at + HOT_NON_ZERO_MEMORY]! + nonZeroMemory, memoryCapacity);
    const balanced = balancedAllocationScore(rows[at + HOT_REQUESTED_MILLI_CPU]! + cpu, cpuCapacity, rows[at + HOT_REQUESTED_MEMORY]! + memory, memoryCapacity);
    totals[i] = rows[at + HOT_RESOURCE_SCORE] = WEIGHTS.leastAllocated * least + WEIGHTS.balancedAllocation * balanced;
    rows[at + HOT_SCORED_FOR] = requestsId;
  }
  const anyPreferNoSchedule = (flags & FLAG_PREFER_NO_SCHEDULE_TAINTS) !== 0;
  const tolerations = anyPreferNoSchedule ? preferNoScheduleTolerations(pod.pod.spec?.tolerations) : [];
  const taints = anyPreferNoSchedule ? normalize(nodes.map((n) => intolerablePreferNoScheduleTaints(tolerations, n)), true) : undefined;
  const preferred = pod.pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.length;
  const affinity = preferred ? normalize(nodes.map((n) => preferredNodeAffinityWeight(pod.pod, n)), false) : undefined;
  for (let i = 0; i < nodes.length; i++) {
    totals[i]! += WEIGHTS.taintToleration * (taints ? taints[i]! : MAX_NODE_SCORE) + WEIGHTS.nodeAffinity * (affinity ? affinity[i]! : 0);
  }
  return totals;
}

/** `((capacity - requested) * 100) / capacity` per resource (integer maths), averaged over cpu and memory. */
function leastAllocatedScore(cpuRequested: number, cpuCapacity: number, memoryRequested: number, memoryCapacity: number): number {
  const weights = (cpuCapacity > 0 ? 1 : 0) + (memoryCapacity > 0 ? 1 : 0);
  if (weights === 0) return 0;
  return Math.floor((leastRequestedScore(cpuRequested, cpuCapacity) + leastRequestedScore(memoryRequested, memoryCapacity)) / weights);
}

function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** `(1 - |cpuFraction - memoryFraction| / 2) * 100` over the real requests, fractions capped at 1. */
function balancedAllocationScore(cpuRequested: number, cpuCapacity: number, memoryRequested: number, memoryCapacity: number): number {
  if (cpuCapacity === 0 || memoryCapacity === 0) return MAX_NODE_SCORE;
  const cpu = Math.min(1, cpuRequested / cpuCapacity);
  const memory = Math.min(1, memoryRequested / memoryCapacity);
  return Math.trunc((1 - Math.abs((cpu - memory) / 2)) * MAX_NODE_SCORE);
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
