/**
 * A Service's endpoints as kube-proxy and CoreDNS see them: read from every EndpointSlice labelled
 * `kubernetes.io/service-name=<svc>` (controller-made, mirrored or the apiserver's own), merged by
 * address. A nil `ready` condition counts as ready (discovery/v1 EndpointConditions docs).
 */
import type { DiscoveryEndpointPort, Endpoint } from '../../api/schemas';
import type { KubeObject, StoreView } from './store-view';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export interface ServiceEndpoint {
  ip: string;
  /** Slice port name ('' for an unnamed port) → port number on the endpoint. */
  ports: Map<string, { port: number; protocol: string }>;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  hostname?: string;
  nodeName?: string;
  pod?: { namespace: string; name: string; uid?: string };
}

export function serviceEndpoints(store: StoreView, service: KubeObject): ServiceEndpoint[] {
  const namespace = service.metadata.namespace;
  const byIP = new Map<string, ServiceEndpoint>();
  const slices = store.list('EndpointSlice', namespace).filter((s) => s.metadata.labels?.[SERVICE_NAME_LABEL] === service.metadata.name);
  for (const slice of slices) {
    const ports = (slice.ports ?? []) as DiscoveryEndpointPort[];
    for (const endpoint of (slice.endpoints ?? []) as Endpoint[]) {
      for (const ip of endpoint.addresses ?? []) mergeEndpoint(byIP, ip, endpoint, ports);
    }
  }
  return [...byIP.values()].sort((a, b) => compareIPs(a.ip, b.ip));
}

function mergeEndpoint(byIP: Map<string, ServiceEndpoint>, ip: string, endpoint: Endpoint, ports: readonly DiscoveryEndpointPort[]): void {
  const conditions = endpoint.conditions ?? {};
  const ready = conditions.ready !== false;
  const entry = byIP.get(ip) ?? {
    ip,
    ports: new Map(),
    ready,
    serving: conditions.serving ?? ready,
    terminating: conditions.terminating ?? false,
    ...(endpoint.hostname ? { hostname: endpoint.hostname } : {}),
    ...(endpoint.nodeName ? { nodeName: endpoint.nodeName } : {}),
    ...(endpoint.targetRef?.kind === 'Pod' && endpoint.targetRef.name
      ? { pod: { namespace: endpoint.targetRef.namespace ?? '', name: endpoint.targetRef.name, uid: endpoint.targetRef.uid } }
      : {}),
  };
  for (const port of ports) entry.ports.set(port.name ?? '', { port: port.port ?? 0, protocol: port.protocol ?? 'TCP' });
  byIP.set(ip, entry);
}

/** Numeric order of dotted quads, so 10.244.0.10 follows 10.244.0.9. */
export function compareIPs(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
