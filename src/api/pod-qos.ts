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
  // Read in place, without copying the lists or merging requests into limits: this runs on every pod create.
  const seen = { anyResource: false, guaranteed: true };
  for (const c of spec.containers ?? NONE) visit(c, seen);
  for (const c of spec.initContainers ?? NONE) visit(c, seen);
  if (!seen.anyResource) return 'BestEffort';
  return seen.guaranteed ? 'Guaranteed' : 'Burstable';
}

const NONE: readonly ContainerLike[] = [];

function visit(c: ContainerLike, seen: { anyResource: boolean; guaranteed: boolean }): void {
  const requests = c.resources?.requests;
  const limits = c.resources?.limits;
  for (const name of TRACKED) {
    // Requests default to limits when only limits are given (SetDefaults_ResourceRequirements).
    const request = requests !== undefined && Object.hasOwn(requests, name) ? requests[name] : limits?.[name];
    const limit = limits?.[name];
    if ((request !== undefined && compareQuantities(request, 0) !== 0) || limit !== undefined) seen.anyResource = true;
    if (limit === undefined || request === undefined || compareQuantities(limit, request) !== 0) seen.guaranteed = false;
  }
}
