/**
 * What the service registry does to a Service before allocating (pkg/registry/core/service/strategy.go
 * NormalizeClusterIPs and dropTypeDependentFields; storage.go patchAllocatedValues). Each works on a
 * mutable copy of the spec.
 */
import type { ServiceSpec } from '../../api/schemas';
import { needsClusterIP, needsNodePort } from './service-fields';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Keeps clusterIP and clusterIPs[0] in step, whichever of them the user wrote (NormalizeClusterIPs). */
export function normalizeClusterIPs(spec: ServiceSpec, old?: ServiceSpec): void {
  if (!old) {
    if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  // An old client patching some other field sends clusterIP without clusterIPs.
  if (old.clusterIPs?.length && !spec.clusterIPs?.length && old.clusterIP === spec.clusterIP) spec.clusterIPs = [...old.clusterIPs];
  if ((old.clusterIP ?? '') === (spec.clusterIP ?? '') || !same(spec.clusterIPs, old.clusterIPs)) return;
  if (old.clusterIP && !spec.clusterIP) delete spec.clusterIPs;
  else spec.clusterIPs = [spec.clusterIP ?? ''];
}

/** Clears fields the new type cannot have, when the user left them as they were. */
export function dropTypeDependentFields(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && !needsClusterIP(spec)) {
    if (spec.clusterIP === old.clusterIP && same(spec.clusterIPs, old.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (same(spec.ipFamilies, old.ipFamilies)) delete spec.ipFamilies;
    if (spec.ipFamilyPolicy === old.ipFamilyPolicy) delete spec.ipFamilyPolicy;
    if (spec.internalTrafficPolicy === old.internalTrafficPolicy) delete spec.internalTrafficPolicy;
  }
  const oldNodePorts = (old.ports ?? []).map((p) => p.nodePort ?? 0);
  const newNodePorts = (spec.ports ?? []).map((p) => p.nodePort ?? 0);
  if (needsNodePort(old) && !needsNodePort(spec) && same(oldNodePorts, newNodePorts)) {
    for (const port of spec.ports ?? []) delete port.nodePort;
  }
  if (spec.type !== 'LoadBalancer') delete spec.allocateLoadBalancerNodePorts;
  const externallyAccessible = needsNodePort(spec) || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  if (!externallyAccessible && spec.externalTrafficPolicy === old.externalTrafficPolicy) delete spec.externalTrafficPolicy;
}

/** Fills values the client left out (a `kubectl replace` without clusterIP) from the stored object. */
export function patchAllocatedValues(spec: ServiceSpec, old: ServiceSpec): void {
  if (needsClusterIP(old) && needsClusterIP(spec)) {
    if (!spec.clusterIP && old.clusterIP) spec.clusterIP = old.clusterIP;
    if (!spec.clusterIPs?.length && old.clusterIPs?.length) spec.clusterIPs = [...old.clusterIPs];
  }
  if (!needsNodePort(old) || !needsNodePort(spec)) return;
  const newPorts = new Set((spec.ports ?? []).map((p) => p.nodePort ?? 0));
  const used = new Set((old.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => newPorts.has(p)));
  const byName = new Map((old.ports ?? []).map((p) => [p.name ?? '', p.nodePort ?? 0]));
  for (const port of spec.ports ?? []) {
    const previous = byName.get(port.name ?? '') ?? 0;
    if (!port.nodePort && previous && !used.has(previous)) port.nodePort = previous;
  }
}
