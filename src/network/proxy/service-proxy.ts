/**
 * kube-proxy's load balancing, decided per connection: the Service's usable endpoints for the port
 * (ready ones; if none, serving-and-terminating ones, as ProxyTerminatingEndpoints does), narrowed to
 * the client's node (internalTrafficPolicy: Local) or the receiving node (externalTrafficPolicy: Local
 * for NodePort traffic). No endpoints at all → the REJECT rule (connection refused); endpoints only
 * elsewhere → the DROP rule (the client times out). Among the candidates, kubespec picks round robin
 * per Service port in address order (IPVS's default `rr`; iptables mode picks at random), so
 * spreading is deterministic; ClientIP affinity pins a client to its previous endpoint.
 */
import type { ServiceSpec } from '../../api/schemas';
import { serviceEndpoints, type ServiceEndpoint } from '../endpoints/service-endpoints';
import type { StoreView } from '../endpoints/store-view';
import { serviceSpecOf } from '../endpoints/pod-endpoints';
import type { Frontend } from './service-frontend';
import { SessionAffinity } from './session-affinity';

export interface Client {
  ip: string;
  /** The node a pod client runs on (internalTrafficPolicy: Local). */
  nodeName?: string;
}

export type ProxyDecision = { kind: 'endpoint'; endpoint: ServiceEndpoint; port: number } | { kind: 'refused' } | { kind: 'timeout' };

const DEFAULT_AFFINITY_SECONDS = 10800;

export class ServiceProxy {
  private readonly next = new Map<string, number>();
  private readonly affinity = new SessionAffinity();

  constructor(
    private readonly store: StoreView,
    private readonly now: () => number,
  ) {}

  pick(frontend: Frontend, client: Client): ProxyDecision {
    const spec = serviceSpecOf(frontend.service);
    const portName = frontend.port.name ?? '';
    const all = serviceEndpoints(this.store, frontend.service).filter((e) => e.ports.has(portName));
    const usable = usableEndpoints(all);
    if (usable.length === 0) return { kind: 'refused' };
    const local = localNode(frontend, spec, client);
    const candidates = local === undefined ? usable : usable.filter((e) => e.nodeName === local);
    if (candidates.length === 0) return { kind: 'timeout' };
    const endpoint = this.choose(frontend, spec, client, candidates);
    return { kind: 'endpoint', endpoint, port: endpoint.ports.get(portName)!.port };
  }

  private choose(frontend: Frontend, spec: ServiceSpec, client: Client, candidates: ServiceEndpoint[]): ServiceEndpoint {
    const key = `${frontend.service.metadata.namespace}/${frontend.service.metadata.name}:${frontend.port.name ?? frontend.port.port}`;
    const now = this.now();
    if (spec.sessionAffinity === 'ClientIP') {
      const timeoutMs = (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS) * 1000;
      const pinned = this.affinity.lookup(key, client.ip, candidates.map((c) => c.ip), now, timeoutMs);
      const endpoint = candidates.find((c) => c.ip === pinned) ?? this.roundRobin(key, candidates);
      this.affinity.remember(key, client.ip, endpoint.ip, now);
      return endpoint;
    }
    return this.roundRobin(key, candidates);
  }

  private roundRobin(key: string, candidates: ServiceEndpoint[]): ServiceEndpoint {
    const turn = this.next.get(key) ?? 0;
    this.next.set(key, turn + 1);
    return candidates[turn % candidates.length]!;
  }
}

function usableEndpoints(all: ServiceEndpoint[]): ServiceEndpoint[] {
  const ready = all.filter((e) => e.ready);
  return ready.length > 0 ? ready : all.filter((e) => e.serving && e.terminating);
}

/** The node traffic must stay on, or undefined when any endpoint will do. */
function localNode(frontend: Frontend, spec: ServiceSpec, client: Client): string | undefined {
  if (frontend.scope === 'internal') return spec.internalTrafficPolicy === 'Local' ? (client.nodeName ?? '') : undefined;
  return spec.externalTrafficPolicy === 'Local' && frontend.node ? frontend.node : undefined;
}
