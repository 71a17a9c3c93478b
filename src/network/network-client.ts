/**
 * What a scenario (or the grader, or a TypeScript user) does with the data plane: send HTTP requests
 * from a pod or from outside the cluster, look names up as a pod would, and ask who served what. It
 * returns plain records; judging them is the caller's business.
 */
import { parseLabelSelector, type KubeObject } from '../api';
import { podIP } from './endpoints/pod-endpoints';
import type { StoreView } from './endpoints/store-view';
import type { ClusterNetwork, Delivery, Source } from './cluster-network';
import { clusterSearchPath, resolveName } from './dns/stub-resolver';
import { Cidr } from './ip/cidr';
import type { HttpResult, ResolveResult } from './network-stack';

export interface Exchange {
  /** `GET http://web/ from pod "client"`, for failure messages. */
  description: string;
  deliveries: Delivery[];
}

export class NetworkClient {
  constructor(
    private readonly network: ClusterNetwork,
    private readonly store: StoreView,
  ) {}

  /** `times` HTTP GETs from a pod, as its container would send them (its DNS search path, its IP). */
  fromPod(namespace: string, name: string, url: string, times = 1): Exchange {
    const source: Source = { kind: 'pod', pod: this.runningPod(namespace, name) };
    return this.send(source, url, times, `GET ${url} from pod "${name}"`);
  }

  fromOutside(url: string, times = 1): Exchange {
    return this.send({ kind: 'outside' }, url, times, `GET ${url} from outside the cluster`);
  }

  /** A lookup through the pod's resolv.conf (search path when the name has fewer than 5 dots). */
  lookupFromPod(namespace: string, name: string, host: string): ResolveResult {
    this.runningPod(namespace, name);
    const dots = host.replace(/\.$/, '').split('.').length - 1;
    return resolveName(this.network.dns, host, dots < 5 ? clusterSearchPath(namespace, this.network.domain) : []);
  }

  podsLabelled(namespace: string, selector: string): KubeObject[] {
    const parsed = parseLabelSelector(selector);
    return this.store.list('Pod', namespace).filter((pod) => parsed.matches(pod.metadata.labels));
  }

  /** Whether the pod that served `delivery` carries the labels of `selector`. */
  servedByLabelled(delivery: Delivery, selector: string): boolean {
    const by = delivery.servedBy;
    const pod = by && this.store.get('Pod', by.namespace, by.name);
    return pod !== undefined && parseLabelSelector(selector).matches(pod.metadata.labels);
  }

  /** Whether a Service's ClusterIP lies in `cidr` (e.g. `10.96.0.0/12`); false for None or no IP. */
  clusterIPIn(namespace: string, service: string, cidr: string): boolean {
    return this.addressIn((this.store.get('Service', namespace, service)?.spec as { clusterIP?: string } | undefined)?.clusterIP, cidr);
  }

  addressIn(ip: string | undefined, cidr: string): boolean {
    return ip !== undefined && new Cidr(cidr).contains(ip);
  }

  describe(delivery: Delivery): string {
    return describeResult(delivery);
  }

  requestsServedBy(pod: KubeObject): number {
    return this.network.requestsServedBy(pod.metadata.namespace ?? '', pod.metadata.name ?? '');
  }

  private send(source: Source, url: string, times: number, description: string): Exchange {
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
    const deliveries = Array.from({ length: times }, () => this.network.request(source, { method: 'GET', url: absolute }));
    return { description, deliveries };
  }

  private runningPod(namespace: string, name: string): KubeObject {
    const pod = this.store.get('Pod', namespace, name);
    if (!pod) throw new Error(`pod "${name}" does not exist in namespace "${namespace}"`);
    if (!podIP(pod)) throw new Error(`pod "${name}" has no IP yet (phase ${(pod.status as { phase?: string } | undefined)?.phase ?? 'unknown'}): it cannot send requests`);
    return pod;
  }
}

/** One line per outcome, e.g. `200 from pod web-1: hello` or `connection refused`. */
export function describeResult(delivery: Delivery): string {
  const result: HttpResult = delivery.result;
  const by = delivery.servedBy ? ` from pod ${delivery.servedBy.name}` : '';
  switch (result.kind) {
    case 'ok':
      return `${result.status}${by}: ${result.body.slice(0, 200)}`;
    case 'refused':
      return 'connection refused';
    case 'timeout':
      return 'connection timed out';
    case 'unresolved':
      return 'could not resolve host';
    case 'reset':
      return `connection reset by peer${by}`;
  }
}
