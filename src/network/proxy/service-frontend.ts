/**
 * Which Service port, if any, answers at an address (kube-proxy's service rules): a ClusterIP or an
 * external IP with the service port, a load-balancer ingress IP with the service port, or any node's
 * InternalIP with a nodePort. The traffic policy that applies comes with it.
 */
import type { ServicePort, ServiceSpec } from '../../api/schemas';
import type { KubeObject, StoreView } from '../endpoints/store-view';
import { serviceSpecOf } from '../endpoints/pod-endpoints';

export interface Frontend {
  service: KubeObject;
  port: ServicePort;
  /** `internal` for ClusterIP traffic, `external` for NodePort, external IP and load-balancer traffic. */
  scope: 'internal' | 'external';
  /** The node that received NodePort traffic (externalTrafficPolicy: Local keeps it there). */
  node?: string;
}

export function nodeInternalIP(node: KubeObject): string | undefined {
  const addresses = (node.status as { addresses?: { type?: string; address?: string }[] } | undefined)?.addresses ?? [];
  return addresses.find((a) => a.type === 'InternalIP')?.address;
}

export function nodeWithIP(store: StoreView, ip: string): KubeObject | undefined {
  return store.list('Node').find((node) => nodeInternalIP(node) === ip);
}

export function findFrontend(store: StoreView, ip: string, port: number, protocol = 'TCP'): Frontend | undefined {
  const node = nodeWithIP(store, ip);
  for (const service of store.list('Service')) {
    const spec = serviceSpecOf(service);
    if (spec.type === 'ExternalName') continue;
    const matches = (p: ServicePort) => (p.protocol ?? 'TCP') === protocol;
    if (spec.clusterIP === ip) {
      const servicePort = spec.ports?.find((p) => matches(p) && p.port === port);
      if (servicePort) return { service, port: servicePort, scope: 'internal' };
    }
    if (isExternalAddress(service, spec, ip)) {
      const servicePort = spec.ports?.find((p) => matches(p) && p.port === port);
      if (servicePort) return { service, port: servicePort, scope: 'external' };
    }
    if (node) {
      const servicePort = spec.ports?.find((p) => matches(p) && p.nodePort === port);
      if (servicePort) return { service, port: servicePort, scope: 'external', node: node.metadata.name };
    }
  }
  return undefined;
}

function isExternalAddress(service: KubeObject, spec: ServiceSpec, ip: string): boolean {
  if (spec.externalIPs?.includes(ip)) return true;
  if (spec.type !== 'LoadBalancer') return false;
  const ingress = (service.status as { loadBalancer?: { ingress?: { ip?: string }[] } } | undefined)?.loadBalancer?.ingress ?? [];
  return ingress.some((i) => i.ip === ip);
}

/** Whether an address belongs to some Service VIP (used to tell a dead ClusterIP from an unknown host). */
export function isServiceAddress(store: StoreView, ip: string): boolean {
  return store.list('Service').some((s) => {
    const spec = serviceSpecOf(s);
    return spec.clusterIP === ip || isExternalAddress(s, spec, ip);
  });
}
