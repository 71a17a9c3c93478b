/**
 * The simulated data plane: every connection a pod or an outside client opens is routed here. A
 * Service address (ClusterIP, external or load-balancer IP, or node IP + nodePort) goes through
 * kube-proxy's choice of endpoint; a pod IP goes straight to that pod; a node IP reaches hostPorts and
 * hostNetwork pods. The chosen pod's sockets answer. Requests each pod served are counted, so a
 * scenario can observe spreading. Registered in `context.services` as `'clusterNetwork'`.
 */
import type { PodSpec } from '../api/schemas';
import { ClusterDNS } from './dns/cluster-dns';
import { podResolvConf, type PodResolvConf } from './dns/pod-dns-config';
import { clusterSearchPath, resolveName } from './dns/stub-resolver';
import { podIP, serviceSpecOf } from './endpoints/pod-endpoints';
import type { KubeObject, StoreView } from './endpoints/store-view';
import { isIPv4 } from './ip/cidr';
import type { PodIPAM } from './ip/pod-ipam';
import type { HttpRequest, HttpResult, NetworkStack, PodSockets } from './network-stack';
import { allocatePodIP, PodSocketRegistry, type LatestPod, type PodNetwork } from './pod-network';
import { hostNetworkPodsOn, podOnNodePort, podWithIP } from './pod-lookup';
import { findFrontend, nodeInternalIP, nodeWithIP, type Frontend } from './proxy/service-frontend';
import { NetworkClient } from './network-client';
import { ServiceProxy, type Client } from './proxy/service-proxy';

export const CLUSTER_NETWORK_SERVICE = 'clusterNetwork';
/** The kube-apiserver's address behind the `kubernetes` Service (kind's control-plane node, node-1). */
export const APISERVER_ENDPOINT = { ip: '172.18.0.2', port: 6443 } as const;
/** Where a client outside the cluster appears from: the host, through the `kind` network's gateway. */
export const OUTSIDE_CLIENT_IP = '172.18.0.1';

/** Who opens a connection: a pod (by its current object) or a client outside the cluster. */
export type Source = { kind: 'pod'; pod: KubeObject } | { kind: 'outside' };

export interface Delivery {
  result: HttpResult;
  /** The pod that answered, when one did. */
  servedBy?: { namespace: string; name: string };
}

type Target = { kind: 'pod'; pod: KubeObject; port: number; remoteAddress?: string } | { kind: 'apiserver' } | { kind: 'refused' } | { kind: 'timeout' };

export class ClusterNetwork implements PodNetwork {
  readonly dns: ClusterDNS;
  private readonly proxy: ServiceProxy;
  private readonly sockets = new PodSocketRegistry();
  private readonly served = new Map<string, number>();

  constructor(
    private readonly store: StoreView,
    private readonly ipam: PodIPAM,
    now: () => number,
    readonly domain: string,
  ) {
    this.dns = new ClusterDNS(store, domain);
    this.proxy = new ServiceProxy(store, now);
  }

  allocate(pod: KubeObject, node: KubeObject, sockets?: PodSockets) {
    const result = allocatePodIP(this.ipam, pod, node);
    if (result.ok && sockets) this.sockets.set(pod.metadata.uid ?? '', sockets);
    return result;
  }

  release(pod: KubeObject): void {
    this.ipam.release(pod.metadata.uid ?? '', ((pod.spec ?? {}) as PodSpec).nodeName ?? '');
    this.sockets.delete(pod.metadata.uid ?? '');
  }

  resolvConf(pod: KubeObject): PodResolvConf {
    return podResolvConf(pod, this.domain);
  }

  /** One per pod worker: a small object, not a bag of closures (150,000 pods keep one each). */
  stackFor(pod: KubeObject, latest?: LatestPod): NetworkStack {
    return new PodNetworkStack(this, pod.metadata.namespace, pod.metadata.name ?? '', latest ?? new KeptPod(pod));
  }

  /** The pod as stored now, or its latest version once it is gone from the store (a terminating container still talks). */
  currentPod(namespace: string | undefined, name: string, latest: LatestPod): KubeObject {
    return this.store.get('Pod', namespace, name) ?? latest.latestPod();
  }

  resolveFromPod(name: string, searches: readonly string[]): ReturnType<NetworkStack['resolve']> {
    return resolveName(this.dns, name, searches);
  }

  reverseLookup(address: string): string | undefined {
    return this.dns.reverse(address);
  }

  /** One HTTP exchange from `source`; a host name is resolved with the pod's search path. */
  request(source: Source, request: HttpRequest): Delivery {
    const url = parseTarget(request.url);
    if (!url) return { result: { kind: 'unresolved' } };
    const address = this.address(source, url.host);
    if (!address) return { result: { kind: 'unresolved' } };
    const target = this.route(source, address, url.port);
    if (target.kind === 'apiserver') return { result: TLS_REQUIRED };
    if (target.kind !== 'pod') return { result: { kind: target.kind } };
    const sockets = this.sockets.get(target.pod.metadata.uid);
    if (!sockets) return { result: { kind: 'refused' } };
    const remoteAddress = target.remoteAddress ?? this.clientOf(source).ip;
    const result = sockets.handleHttp(target.port, { method: request.method, target: url.target, remoteAddress, ...(request.headers ? { headers: request.headers } : {}) });
    const servedBy = { namespace: target.pod.metadata.namespace ?? '', name: target.pod.metadata.name ?? '' };
    if (result.kind === 'ok') this.served.set(`${servedBy.namespace}/${servedBy.name}`, this.requestsServedBy(servedBy.namespace, servedBy.name) + 1);
    return { result, servedBy };
  }

  /** A TCP handshake: true when something listens where the connection lands. */
  connect(source: Source, host: string, port: number): boolean {
    const address = this.address(source, host);
    const target = address ? this.route(source, address, port) : ({ kind: 'timeout' } as const);
    if (target.kind === 'apiserver') return true;
    return target.kind === 'pod' && (this.sockets.get(target.pod.metadata.uid)?.isListening(target.port) ?? false);
  }

  /**
   * An ICMP echo: pods and nodes answer, kube-proxy's iptables rules only match a Service's ports,
   * so a ClusterIP never replies.
   */
  echo(source: Source, address: string): boolean {
    if (source.kind === 'pod' && address === podIP(source.pod)) return true;
    return podWithIP(this.store, address) !== undefined || nodeWithIP(this.store, address) !== undefined;
  }

  /** The driver-facing API (steps, grader): requests from pods or outside, lookups, who served. */
  client(): NetworkClient {
    return new NetworkClient(this, this.store);
  }

  requestsServedBy(namespace: string, name: string): number {
    return this.served.get(`${namespace}/${name}`) ?? 0;
  }

  private address(source: Source, host: string): string | undefined {
    if (isIPv4(host)) return host;
    if (source.kind === 'outside') return undefined;
    const searches = clusterSearchPath(source.pod.metadata.namespace ?? 'default', this.domain);
    const dots = host.replace(/\.$/, '').split('.').length - 1;
    const answer = resolveName(this.dns, host, dots < 5 ? searches : []);
    return answer.kind === 'ok' ? answer.addresses[0] : undefined;
  }

  private route(source: Source, ip: string, port: number): Target {
    if (source.kind === 'pod' && ip.startsWith('127.')) return { kind: 'pod', pod: source.pod, port, remoteAddress: '127.0.0.1' };
    if (source.kind === 'pod' && ip === podIP(source.pod)) return { kind: 'pod', pod: source.pod, port };
    const frontend = findFrontend(this.store, ip, port);
    if (frontend) {
      if (frontend.scope === 'internal' && source.kind === 'outside') return { kind: 'timeout' };
      const decision = this.proxy.pick(frontend, this.clientOf(source));
      if (decision.kind !== 'endpoint') return decision;
      const target = this.toAddress(decision.endpoint.ip, decision.port, decision.endpoint.pod);
      const snat = this.masquerade(frontend, decision.endpoint.nodeName);
      return target.kind === 'pod' && snat ? { ...target, remoteAddress: snat } : target;
    }
    if (source.kind === 'outside' && !nodeWithIP(this.store, ip)) return { kind: 'timeout' };
    return this.toAddress(ip, port);
  }

  private toAddress(ip: string, port: number, ref?: { namespace: string; name: string }): Target {
    if (ip === APISERVER_ENDPOINT.ip && port === APISERVER_ENDPOINT.port) return { kind: 'apiserver' };
    const pod = (ref && this.store.get('Pod', ref.namespace, ref.name)) || podWithIP(this.store, ip);
    if (pod) return { kind: 'pod', pod, port };
    const node = nodeWithIP(this.store, ip);
    if (!node) return { kind: 'timeout' };
    const hostPod = podOnNodePort(this.store, node.metadata.name ?? '', port);
    if (hostPod && this.sockets.get(hostPod.pod.metadata.uid)?.isListening(hostPod.port)) return { kind: 'pod', ...hostPod };
    const listener = hostNetworkPodsOn(this.store, node.metadata.name ?? '').find((p) => this.sockets.get(p.metadata.uid)?.isListening(port));
    return listener ? { kind: 'pod', pod: listener, port } : { kind: 'refused' };
  }

  /**
   * externalTrafficPolicy: Cluster masquerades NodePort and load-balancer traffic to the IP of the node it
   * entered (the endpoint's node for a load-balancer address), so the pod does not see the client's IP;
   * Local preserves it.
   */
  private masquerade(frontend: Frontend, endpointNode: string | undefined): string | undefined {
    if (frontend.scope !== 'external' || serviceSpecOf(frontend.service).externalTrafficPolicy === 'Local') return undefined;
    const node = this.store.get('Node', undefined, frontend.node ?? endpointNode ?? '');
    return node ? nodeInternalIP(node) : undefined;
  }

  private clientOf(source: Source): Client {
    if (source.kind === 'outside') return { ip: OUTSIDE_CLIENT_IP };
    const spec = (source.pod.spec ?? {}) as PodSpec;
    return { ip: podIP(source.pod) ?? '', ...(spec.nodeName ? { nodeName: spec.nodeName } : {}) };
  }
}

/** What Go's TLS server answers to plain HTTP on the apiserver's port. */
const TLS_REQUIRED: HttpResult = { kind: 'ok', status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Client sent an HTTP request to an HTTPS server.\n' };

function parseTarget(text: string): { host: string; port: number; target: string } | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  if (!URL.canParse(withScheme)) return undefined;
  const url = new URL(withScheme);
  const defaultPort = url.protocol === 'https:' ? 443 : 80;
  return { host: url.hostname, port: url.port ? Number(url.port) : defaultPort, target: `${url.pathname}${url.search}` };
}

/**
 * A container's view of the cluster network, resolved against the pod's current stored version. It keeps the
 * pod's name, not a version of the pod: the one it was made with would be superseded a moment later.
 */
class PodNetworkStack implements NetworkStack {
  constructor(
    private readonly network: ClusterNetwork,
    private readonly namespace: string | undefined,
    private readonly name: string,
    private readonly latest: LatestPod,
  ) {}

  resolve(name: string, searches: readonly string[]): ReturnType<NetworkStack['resolve']> {
    return this.network.resolveFromPod(name, searches);
  }

  reverseLookup(address: string): string | undefined {
    return this.network.reverseLookup(address);
  }

  httpRequest(request: HttpRequest): HttpResult {
    return this.network.request({ kind: 'pod', pod: this.network.currentPod(this.namespace, this.name, this.latest) }, request).result;
  }

  tcpConnect(host: string, port: number): boolean {
    return this.network.connect({ kind: 'pod', pod: this.network.currentPod(this.namespace, this.name, this.latest) }, host, port);
  }

  icmpEcho(address: string): boolean {
    return this.network.echo({ kind: 'pod', pod: this.network.currentPod(this.namespace, this.name, this.latest) }, address);
  }
}

/** A stack's fallback when nobody tracks the pod (a stack made outside the kubelet): the version it was made with. */
class KeptPod implements LatestPod {
  constructor(private readonly pod: KubeObject) {}

  latestPod(): KubeObject {
    return this.pod;
  }
}
