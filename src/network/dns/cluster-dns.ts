/**
 * The cluster DNS server (CoreDNS's kubernetes plugin with `pods insecure`, as kubeadm and kind
 * configure it), answering from the store at query time, per the Kubernetes DNS specification:
 * Service A records (ClusterIP, or one per ready endpoint of a headless Service), endpoint hostnames
 * of headless Services, SRV records for named ports, ExternalName CNAMEs, `a-b-c-d.<ns>.pod` names and
 * PTR records. Anything else is NXDOMAIN: there is no upstream resolver, so names outside the cluster
 * do not resolve (docs/decisions/003-cluster-network.md).
 */
import type { KubeObject, StoreView } from '../endpoints/store-view';
import { serviceEndpoints, type ServiceEndpoint } from '../endpoints/service-endpoints';
import { isHeadless } from '../services/service-fields';
import { serviceSpecOf } from '../endpoints/pod-endpoints';
import { CLUSTER_DOMAIN, dashedIP, parseClusterName, type ClusterName } from './dns-name';

export interface SrvRecord {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

export type DnsAnswer =
  | { rcode: 'NOERROR'; name: string; addresses: string[]; canonicalName?: string }
  | { rcode: 'NOERROR'; name: string; srv: SrvRecord[] }
  | { rcode: 'NXDOMAIN'; name: string };

export class ClusterDNS {
  constructor(
    private readonly store: StoreView,
    readonly domain: string = CLUSTER_DOMAIN,
  ) {}

  /** An A query; an ExternalName alias pointing into the cluster is followed as a resolver would. */
  queryA(fqdn: string, depth = 0): DnsAnswer {
    const name = fqdn.toLowerCase().replace(/\.$/, '');
    const parsed = parseClusterName(name, this.domain);
    const nx: DnsAnswer = { rcode: 'NXDOMAIN', name };
    switch (parsed.kind) {
      case 'service':
        return this.serviceA(name, parsed, depth) ?? nx;
      case 'endpoint':
        return this.endpointA(name, parsed) ?? nx;
      case 'pod':
        return this.namespaceExists(parsed.namespace) ? { rcode: 'NOERROR', name, addresses: [parsed.ip] } : nx;
      default:
        return nx;
    }
  }

  querySRV(fqdn: string): DnsAnswer {
    const name = fqdn.toLowerCase().replace(/\.$/, '');
    const parsed = parseClusterName(name, this.domain);
    if (parsed.kind !== 'srv') return { rcode: 'NXDOMAIN', name };
    const service = this.store.get('Service', parsed.namespace, parsed.service);
    const port = service && serviceSpecOf(service).ports?.find((p) => p.name === parsed.port && (p.protocol ?? 'TCP') === parsed.protocol);
    if (!service || !port) return { rcode: 'NXDOMAIN', name };
    const serviceName = `${parsed.service}.${parsed.namespace}.svc.${this.domain}`;
    if (!isHeadless(serviceSpecOf(service))) return { rcode: 'NOERROR', name, srv: [{ priority: 0, weight: 100, port: port.port ?? 0, target: serviceName }] };
    const srv = this.readyEndpoints(service).flatMap((e) => {
      const target = e.ports.get(parsed.port);
      return target ? [{ priority: 0, weight: 100, port: target.port, target: `${e.hostname ?? dashedIP(e.ip)}.${serviceName}` }] : [];
    });
    return srv.length > 0 ? { rcode: 'NOERROR', name, srv } : { rcode: 'NXDOMAIN', name };
  }

  /** PTR: a ClusterIP names its Service; a headless endpoint its `<hostname>.<svc>` name. */
  reverse(ip: string): string | undefined {
    for (const service of this.store.list('Service')) {
      const spec = serviceSpecOf(service);
      const fqdn = `${service.metadata.name}.${service.metadata.namespace}.svc.${this.domain}`;
      if (spec.clusterIP === ip) return fqdn;
      if (!isHeadless(spec)) continue;
      const endpoint = this.readyEndpoints(service).find((e) => e.ip === ip);
      if (endpoint) return `${endpoint.hostname ?? dashedIP(ip)}.${fqdn}`;
    }
    return undefined;
  }

  private serviceA(name: string, parsed: Extract<ClusterName, { kind: 'service' }>, depth: number): DnsAnswer | undefined {
    const service = this.store.get('Service', parsed.namespace, parsed.service);
    if (!service) return undefined;
    const spec = serviceSpecOf(service);
    if (spec.type === 'ExternalName') return this.alias(name, spec.externalName ?? '', depth);
    if (!isHeadless(spec)) return spec.clusterIP ? { rcode: 'NOERROR', name, addresses: [spec.clusterIP] } : undefined;
    const addresses = this.readyEndpoints(service).map((e) => e.ip);
    return addresses.length > 0 ? { rcode: 'NOERROR', name, addresses } : undefined;
  }

  /** The CNAME; its target is resolved only when it is itself a cluster name (there is no upstream). */
  private alias(name: string, target: string, depth: number): DnsAnswer | undefined {
    const canonicalName = target.replace(/\.$/, '');
    if (!canonicalName) return undefined;
    const chased = depth < 8 ? this.queryA(canonicalName, depth + 1) : undefined;
    const addresses = chased?.rcode === 'NOERROR' && 'addresses' in chased ? chased.addresses : [];
    return { rcode: 'NOERROR', name, addresses, canonicalName };
  }

  private endpointA(name: string, parsed: Extract<ClusterName, { kind: 'endpoint' }>): DnsAnswer | undefined {
    const service = this.store.get('Service', parsed.namespace, parsed.service);
    if (!service || !isHeadless(serviceSpecOf(service))) return undefined;
    const addresses = this.readyEndpoints(service)
      .filter((e) => (e.hostname ?? dashedIP(e.ip)) === parsed.hostname)
      .map((e) => e.ip);
    return addresses.length > 0 ? { rcode: 'NOERROR', name, addresses } : undefined;
  }

  private readyEndpoints(service: KubeObject): ServiceEndpoint[] {
    return serviceEndpoints(this.store, service).filter((e) => e.ready);
  }

  private namespaceExists(namespace: string): boolean {
    return this.store.get('Namespace', undefined, namespace) !== undefined;
  }
}
