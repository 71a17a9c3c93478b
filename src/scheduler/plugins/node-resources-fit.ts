/**
 * NodeResourcesFit (`pkg/scheduler/framework/plugins/noderesources/fit.go` fitsRequest): the pod count
 * against allocatable `pods`, then cpu, memory, ephemeral-storage and extended resources, each against
 * allocatable minus what the node's pods already request. Every shortfall is a reason of its own, so a node
 * short of both cpu and memory counts under both. In v1.32 this is always `Unschedulable` (preemption
 * might help), even when the pod is larger than the whole node.
 */
import { filterWith, unschedulable, type FilterPlugin } from '../framework';
import type { NodeInfo } from '../node-info';
import type { Resource } from '../resources';

export const nodeResourcesFit: FilterPlugin = {
  name: 'NodeResourcesFit',
  preFilter({ requests }) {
    return filterWith((node) => {
      const reasons = insufficientResources(requests, node);
      return reasons.length > 0 ? unschedulable(...reasons) : undefined;
    });
  },
};

const NO_REASONS: string[] = [];

/** The common case, checked without allocating: room for one more pod, cpu and memory, nothing else asked. */
function fitsEasily(request: Resource, node: NodeInfo): boolean {
  return (
    node.pods.size + 1 <= node.allowedPodNumber &&
    request.milliCPU <= node.allocatable.milliCPU - node.requested.milliCPU &&
    request.memory <= node.allocatable.memory - node.requested.memory &&
    request.ephemeralStorage === 0 &&
    isEmpty(request.scalar)
  );
}

function isEmpty(record: Record<string, number>): boolean {
  for (const _ in record) return false;
  return true;
}

export function insufficientResources(request: Resource, node: NodeInfo): string[] {
  if (fitsEasily(request, node)) return NO_REASONS;
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
