/**
 * NodeResourcesFit (`pkg/scheduler/framework/plugins/noderesources/fit.go` fitsRequest): the pod count
 * against allocatable `pods`, then cpu, memory, ephemeral-storage and extended resources, each against
 * allocatable minus what the node's pods already request. Every shortfall is a reason of its own, so a node
 * short of both cpu and memory counts under both. In v1.32 this is always `Unschedulable` (preemption
 * might help), even when the pod is larger than the whole node.
 */
import { filterWith, unschedulable, type FilterPlugin, type NodeFilter, type PreFilterOutcome } from '../framework';
import { HOT_ALLOCATABLE_MEMORY, HOT_ALLOCATABLE_MILLI_CPU, HOT_FREE_PODS, HOT_REQUESTED_MEMORY, HOT_REQUESTED_MILLI_CPU, type NodeInfo } from '../node-info';
import type { Resource } from '../resources';

/**
 * The outcome for the last requests object: the filter reads nothing else of the pod, and the replicas of one
 * template share their requests (resources.ts) and are mostly scheduled one after another, so their cycles get
 * the same outcome, which lets the scheduling cycle reuse its plan (scheduling-algorithm.ts) instead of a
 * closure, a RowPass and an outcome per pod. Requests objects are never changed once made. One entry, not a
 * table: pods whose requests are their own would otherwise keep an entry each.
 */
let lastRequests: Resource | undefined;
let lastOutcome: PreFilterOutcome | undefined;

export const nodeResourcesFit: FilterPlugin = {
  name: 'NodeResourcesFit',
  preFilter({ requests }) {
    if (requests !== lastRequests || lastOutcome === undefined) {
      lastOutcome = outcomeFor(requests);
      lastRequests = requests;
    }
    return lastOutcome;
  },
};

function outcomeFor(requests: Resource): PreFilterOutcome {
  // Most pods ask for cpu and memory only: check those inline and build reasons only for a rejected node.
  const simple = requests.ephemeralStorage === 0 && !hasScalars(requests);
  const { milliCPU, memory } = requests;
  const filter: NodeFilter = (node, hot = node.hot, at = node.offset) => {
    if (simple && hot[at + HOT_FREE_PODS]! > 0 && milliCPU <= hot[at + HOT_ALLOCATABLE_MILLI_CPU]! - hot[at + HOT_REQUESTED_MILLI_CPU]! && memory <= hot[at + HOT_ALLOCATABLE_MEMORY]! - hot[at + HOT_REQUESTED_MEMORY]!) {
      return undefined;
    }
    const reasons = insufficientResources(requests, node);
    return reasons.length > 0 ? unschedulable(...reasons) : undefined;
  };
  return filterWith(filter, simple ? { flags: 0, podSlot: true, milliCPU, memory } : undefined);
}

/** Whether `r` asks for any extended resource (a for-in: `Object.keys` made an array per cycle). */
function hasScalars(r: Resource): boolean {
  for (const _ in r.scalar) return true;
  return false;
}

export function insufficientResources(request: Resource, node: NodeInfo): string[] {
  const reasons: string[] = [];
  if (node.pods.size + 1 > node.allowedPodNumber) reasons.push('Too many pods');
  const free = (allocatable: number, requested: number) => allocatable - requested;
  if (request.milliCPU > 0 && request.milliCPU > free(node.allocatable.milliCPU, node.requested.milliCPU)) reasons.push('Insufficient cpu');
  if (request.memory > 0 && request.memory > free(node.allocatable.memory, node.requested.memory)) reasons.push('Insufficient memory');
  if (request.ephemeralStorage > 0 && request.ephemeralStorage > free(node.allocatable.ephemeralStorage, node.requested.ephemeralStorage)) {
    reasons.push('Insufficient ephemeral-storage');
  }
  for (const [name, quantity] of Object.entries(request.scalar)) {
    if (quantity > 0 && quantity > free(node.allocatable.scalar[name] ?? 0, node.requested.scalar[name] ?? 0)) reasons.push(`Insufficient ${name}`);
  }
  return reasons;
}
