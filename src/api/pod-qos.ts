/**
 * A pod's QoS class (pkg/apis/core/helper/qos GetPodQOS), set by the pod registry on create:
 * BestEffort when no container asks for cpu or memory, Guaranteed when every container's cpu and memory
 * limits are set and equal to their requests, Burstable otherwise.
 */
import { compareQuantities } from './validation/quantity';

type ResourceList = Record<string, string | number> | undefined;
interface ContainerLike {
  resources?: { requests?: ResourceList; limits?: ResourceList };
}

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const TRACKED = ['cpu', 'memory'] as const;

export function podQOSClass(spec: { containers?: ContainerLike[]; initContainers?: ContainerLike[] }): QOSClass {
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let anyResource = false;
  let guaranteed = true;
  for (const c of containers) {
    // Requests default to limits when only limits are given (SetDefaults_ResourceRequirements).
    const requests = { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
    const limits = c.resources?.limits ?? {};
    for (const name of TRACKED) {
      const request = requests[name];
      const limit = limits[name];
      if ((request !== undefined && compareQuantities(request, 0) !== 0) || limit !== undefined) anyResource = true;
      if (limit === undefined || request === undefined || compareQuantities(limit, request) !== 0) guaranteed = false;
    }
  }
  if (!anyResource) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
