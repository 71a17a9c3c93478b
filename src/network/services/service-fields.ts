/**
 * Predicates on a Service spec, named as in pkg/registry/core/service/storage (needsClusterIP,
 * needsNodePort) and pkg/apis/core/validation (isHeadlessService).
 */
import type { ServicePort, ServiceSpec } from '../../api/schemas';

export const CLUSTER_IP_NONE = 'None';

export function needsClusterIP(spec: ServiceSpec): boolean {
  return spec.type !== 'ExternalName';
}

export function needsNodePort(spec: ServiceSpec): boolean {
  return spec.type === 'NodePort' || spec.type === 'LoadBalancer';
}

/** `allocateLoadBalancerNodePorts: false` keeps LoadBalancer Services from getting NodePorts they did not ask for. */
export function shouldAllocateNodePorts(spec: ServiceSpec): boolean {
  if (spec.type === 'NodePort') return true;
  if (spec.type === 'LoadBalancer') return spec.allocateLoadBalancerNodePorts !== false;
  return false;
}

export function isHeadless(spec: ServiceSpec): boolean {
  return spec.clusterIPs?.length === 1 && spec.clusterIPs[0] === CLUSTER_IP_NONE;
}

/** The ClusterIPs that came from the allocator (none for headless or ExternalName Services). */
export function allocatedClusterIPs(spec: ServiceSpec): string[] {
  if (!needsClusterIP(spec) || isHeadless(spec)) return [];
  return (spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])).filter((ip) => ip && ip !== CLUSTER_IP_NONE);
}

/** `collectServiceNodePorts`: the nodePorts in use, each once. */
export function allocatedNodePorts(spec: ServiceSpec): number[] {
  return [...new Set((spec.ports ?? []).map((p: ServicePort) => p.nodePort ?? 0).filter((p) => p > 0))];
}
