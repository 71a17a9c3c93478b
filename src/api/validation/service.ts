/**
 * Service: ValidateService / ValidateServiceUpdate of pkg/apis/core/validation (v1.32), plus the
 * node-port range check that the allocator (pkg/registry/core/service/storage/alloc.go) makes before
 * validation runs: a port outside 30000-32767 fails alone. Allocation conflicts (a port or IP already in
 * use) belong to the allocator. Fields SetDefaults_Service fills (type, sessionAffinity, protocol,
 * targetPort, traffic policies) are checked only when present.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Service, ServicePort } from '../schemas';
import { child, index } from './field-path';
import { duplicateGo, invalidGo } from './go-errors';
import { goServicePortKey, goStringSlice } from './go-value';
import { validateCIDR, validateIP, validateNonSpecialIP } from './ip-address';
import { nameIsDNS1035Label, nameIsDNSSubdomain, validateLabelName, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { validatePortNumOrName } from './probes';
import { isDNS1123Label, isValidPortNum } from './string-formats';

type Spec = NonNullable<Service['spec']>;
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
export const NODE_PORT_RANGE = { min: 30000, max: 32767 };

/** normalizeClusterIPs (PrepareForCreate): clusterIPs follows clusterIP when only that is set. */
const clusterIPsOf = (spec: Spec): string[] => spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
const isHeadless = (spec: Spec): boolean => clusterIPsOf(spec).length === 1 && clusterIPsOf(spec)[0] === 'None';

/** The allocator's ErrNotInRange, for the first node port outside the range. */
export function validateNodePortRange(spec: Spec, old?: Spec): FieldError[] {
  if (spec.type !== 'NodePort' && spec.type !== 'LoadBalancer') return [];
  const oldPorts = new Set((old?.ports ?? []).map((p) => p.nodePort));
  for (const [i, port] of (spec.ports ?? []).entries()) {
    const np = port.nodePort ?? 0;
    if (np === 0 || oldPorts.has(np) || (np >= NODE_PORT_RANGE.min && np <= NODE_PORT_RANGE.max)) continue;
    const detail = `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`;
    return [fieldError.invalid(`spec.ports[${i}].nodePort`, np, detail)];
  }
  return [];
}

export function validateService(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs = validateObjectMeta(svc.metadata, true, nameIsDNS1035Label);
  if ((spec.ports ?? []).length === 0 && !isHeadless(spec) && spec.type !== 'ExternalName') errs.push(fieldError.required('spec.ports'));
  errs.push(...validateTypeSpecific(spec));
  const names = new Set<string>();
  (spec.ports ?? []).forEach((port, i) => errs.push(...validateServicePort(port, (spec.ports ?? []).length > 1, names, index('spec.ports', i))));
  if (spec.selector) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  errs.push(...validateSessionAffinity(spec));
  errs.push(...validateClusterIPs(spec));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const ipErrs = validateIP(index('spec.externalIPs', i), ip);
    errs.push(...(ipErrs.length > 0 ? ipErrs : validateNonSpecialIP(ip, index('spec.externalIPs', i))));
  });
  if (spec.type !== undefined && !SERVICE_TYPES.includes(spec.type)) errs.push(fieldError.unsupported('spec.type', spec.type, SERVICE_TYPES));
  errs.push(...validatePortUniqueness(spec));
  return [...errs, ...validateTrafficFields(spec)];
}

function validateTypeSpecific(spec: Spec): FieldError[] {
  const ips = clusterIPsOf(spec);
  if ((spec.type === 'LoadBalancer' || spec.type === 'NodePort') && isHeadless(spec)) {
    return [fieldError.invalid('spec.clusterIPs[0]', ips[0], `may not be set to 'None' for ${spec.type} services`)];
  }
  if (spec.type !== 'ExternalName') return [];
  const errs: FieldError[] = [];
  if (ips.length > 0) errs.push(fieldError.forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
  if ((spec.ipFamilies ?? []).length > 0) errs.push(fieldError.forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
  if (spec.ipFamilyPolicy !== undefined) errs.push(fieldError.forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
  // A CNAME may end in a dot, marking it fully qualified.
  const cname = (spec.externalName ?? '').replace(/\.$/, '');
  if (cname) errs.push(...nameIsDNSSubdomain(cname, false).map((msg) => fieldError.invalid('spec.externalName', cname, msg)));
  else errs.push(fieldError.required('spec.externalName'));
  return errs;
}

function validateServicePort(port: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !port.name) errs.push(fieldError.required(child(path, 'name')));
  else if (port.name) {
    errs.push(...isDNS1123Label(port.name).map((msg) => fieldError.invalid(child(path, 'name'), port.name, msg)));
    if (names.has(port.name)) errs.push(fieldError.duplicate(child(path, 'name'), port.name));
    else names.add(port.name);
  }
  errs.push(...isValidPortNum(port.port ?? 0).map((msg) => fieldError.invalid(child(path, 'port'), port.port ?? 0, msg)));
  if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) errs.push(fieldError.unsupported(child(path, 'protocol'), port.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(port.targetPort ?? port.port, child(path, 'targetPort')));
  if (port.appProtocol !== undefined) errs.push(...validateLabelName(port.appProtocol, child(path, 'appProtocol')));
  return errs;
}

function validateSessionAffinity(spec: Spec): FieldError[] {
  const affinity = spec.sessionAffinity;
  if (affinity !== undefined && affinity !== 'ClientIP' && affinity !== 'None') return [fieldError.unsupported('spec.sessionAffinity', affinity, ['ClientIP', 'None'])];
  if (affinity === 'ClientIP') {
    const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
    if (timeout !== undefined && (timeout <= 0 || timeout > 86400)) {
      return [fieldError.invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400')];
    }
  } else if (affinity === 'None' && spec.sessionAffinityConfig) {
    return [fieldError.forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None')];
  }
  return [];
}

/** ValidateServiceClusterIPsRelatedFields (single-stack subset: families and dual-stack pairs are not simulated). */
function validateClusterIPs(spec: Spec): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const ips = clusterIPsOf(spec);
  const errs: FieldError[] = [];
  if (spec.clusterIP && ips[0] !== spec.clusterIP) errs.push(invalidGo('spec.clusterIPs', goStringSlice(ips), 'first value must match `clusterIP`'));
  if (!spec.clusterIP && spec.clusterIPs && spec.clusterIPs.length > 0) errs.push(invalidGo('spec.clusterIPs', goStringSlice(ips), 'must be empty when `clusterIP` is not specified'));
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) errs.push(invalidGo('spec.clusterIPs', goStringSlice(ips), "'None' must be the first and only value"));
      return;
    }
    errs.push(...validateIP(index('spec.clusterIPs', i), ip));
  });
  if (ips.length > 2) errs.push(invalidGo('spec.clusterIPs', goStringSlice(ips), 'may only hold up to 2 values'));
  return errs;
}

function validatePortUniqueness(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  const ports = spec.ports ?? [];
  if (spec.type === 'ClusterIP') {
    ports.forEach((p, i) => p.nodePort && errs.push(fieldError.forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'")));
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const id = `${p.protocol ?? 'TCP'}/${p.nodePort}`;
    if (nodePorts.has(id)) errs.push(fieldError.duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(id);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const id = `${p.protocol ?? 'TCP'}/${p.port ?? 0}`;
    if (seen.has(id)) errs.push(duplicateGo(`spec.ports[${i}]`, goServicePortKey(p.protocol ?? 'TCP', p.port ?? 0)));
    seen.add(id);
  });
  return errs;
}

function validateTrafficFields(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  (spec.loadBalancerSourceRanges ?? []).forEach((range, i) => {
    if (i === 0 && spec.type !== 'LoadBalancer') errs.push(fieldError.forbidden('spec.LoadBalancerSourceRanges', "may only be used when `type` is 'LoadBalancer'"));
    errs.push(...validateCIDR(index('spec.LoadBalancerSourceRanges', i), range.trim()));
  });
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.type !== 'LoadBalancer') {
    errs.push(fieldError.forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  }
  const external = spec.type === 'LoadBalancer' || spec.type === 'NodePort' || ((spec.type ?? 'ClusterIP') === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
  const etp = spec.externalTrafficPolicy;
  if (!external && etp) errs.push(fieldError.invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  else if (external && etp && etp !== 'Cluster' && etp !== 'Local') errs.push(fieldError.unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if (itp !== undefined && itp !== 'Cluster' && itp !== 'Local') errs.push(fieldError.unsupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

export function validateServiceCreate(svc: Service): FieldError[] {
  const allocation = validateNodePortRange(svc.spec ?? {});
  return allocation.length > 0 ? allocation : validateService(svc);
}

/** The update path keeps allocated values the new object leaves empty (patchAllocatedValues). */
export function validateServiceUpdate(svc: Service, old: Service): FieldError[] {
  const oldSpec = old.spec ?? {};
  const spec: Spec = { ...(svc.spec ?? {}) };
  if (spec.type !== 'ExternalName' && oldSpec.type !== 'ExternalName' && !spec.clusterIP && oldSpec.clusterIP) {
    spec.clusterIP = oldSpec.clusterIP;
    spec.clusterIPs = spec.clusterIPs ?? oldSpec.clusterIPs;
  }
  const allocation = validateNodePortRange(spec, oldSpec);
  if (allocation.length > 0) return allocation;
  const patched: Service = { ...svc, spec };
  return [...validateObjectMetaUpdate(svc.metadata, old.metadata), ...validateClusterIPsUpdate(spec, oldSpec), ...validateService(patched)];
}

/** validateUpgradeDowngradeClusterIPs for single-stack services: an allocated IP may not change. */
function validateClusterIPsUpdate(spec: Spec, old: Spec): FieldError[] {
  if (spec.type === 'ExternalName' || old.type === 'ExternalName' || (isHeadless(spec) && isHeadless(old))) return [];
  const ips = clusterIPsOf(spec);
  const oldIPs = clusterIPsOf(old);
  if (ips.length === oldIPs.length) {
    return oldIPs.flatMap((ip, i) => (ip !== ips[i] ? [invalidGo(`spec.clusterIPs[${i}]`, goStringSlice(ips), 'may not change once set')] : []));
  }
  if (oldIPs.length > ips.length && ips.length === 0) return [invalidGo('spec.clusterIPs[0]', goStringSlice(ips), 'primary clusterIP can not be unset')];
  if (oldIPs.length > 0 && ips.length > 0 && ips[0] !== oldIPs[0]) return [invalidGo('spec.clusterIPs[0]', goStringSlice(ips), 'may not change once set')];
  return [];
}
