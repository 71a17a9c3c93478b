/**
 * Service defaults: SetDefaults_Service (pkg/apis/core/v1/defaults.go), and the IP-family fields that the
 * service REST storage fills before allocating a ClusterIP (pkg/registry/core/service/storage/alloc.go
 * initIPFamilyFields) in kubespec's single-stack IPv4 cluster.
 */
import type { Service, ServiceSpec } from '../schemas';

/** v1.DefaultClientIPServiceAffinitySeconds: 3 hours. */
const DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;

export function defaultService(service: Service): void {
  const spec = (service.spec ??= {});
  defaultSessionAffinity(spec);
  spec.type ||= 'ClusterIP';
  for (const port of spec.ports ?? []) {
    port.protocol ||= 'TCP';
    if (port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '') port.targetPort = port.port ?? 0;
  }
  const externallyAccessible =
    spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  if (externallyAccessible) spec.externalTrafficPolicy ||= 'Cluster';
  if (['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type)) spec.internalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  defaultIPFamilies(spec);
  // ServiceStatus.loadBalancer is a non-pointer struct: Go always encodes `status: {loadBalancer: {}}`.
  service.status ??= {};
  service.status.loadBalancer ??= {};
  if (spec.type === 'LoadBalancer') {
    for (const ingress of service.status.loadBalancer.ingress ?? []) if (ingress.ip) ingress.ipMode ??= 'VIP';
  }
}

function defaultSessionAffinity(spec: ServiceSpec): void {
  spec.sessionAffinity ||= 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds === undefined) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_AFFINITY_SECONDS } };
  }
}

/**
 * ExternalName services get no families. Headless services without a selector default to RequireDualStack
 * (they may carry endpoints of either family); every other service to SingleStack. The only family here is IPv4.
 */
function defaultIPFamilies(spec: ServiceSpec): void {
  if (spec.type === 'ExternalName') return;
  const headlessWithoutSelector = spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0;
  spec.ipFamilyPolicy ??= headlessWithoutSelector ? 'RequireDualStack' : 'SingleStack';
  if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
}
