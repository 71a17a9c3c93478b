/**
 * What a process may ask of the cluster network (DNS, Services, other pods). `cluster` implements
 * it with the simulated CoreDNS and kube-proxy; runtime only declares it, as siblings may not import
 * each other (design: "Where a part needs a sibling, it declares the small interface it needs").
 */

export type ResolveResult =
  /** `canonicalName` is set when the name was an alias (an ExternalName Service's CNAME). */
  | { kind: 'ok'; name: string; addresses: readonly string[]; canonicalName?: string }
  | { kind: 'nxdomain' }
  /** No DNS server answered (e.g. CoreDNS is down): clients wait for their resolver timeout. */
  | { kind: 'timeout' };

export interface HttpRequest {
  method: string;
  /** Absolute URL, e.g. `http://10.96.0.5:80/index.html`. */
  url: string;
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export type HttpResult =
  | ({ kind: 'ok' } & HttpResponse)
  | { kind: 'refused' }
  | { kind: 'timeout' }
  | { kind: 'unresolved' }
  /** Something listens on the port but does not speak HTTP (redis, mysql…): the peer closes the connection. */
  | { kind: 'reset' };

export interface NetworkStack {
  /**
   * Looks `name` up as a stub resolver would: when it has fewer than `ndots` (5 in pods) dots,
   * each search domain is tried first. Pass no search domains to look up an exact name.
   */
  resolve(name: string, searchDomains: readonly string[]): ResolveResult;
  /** PTR lookup, for tools that print reverse names (busybox 1.28's nslookup). */
  reverseLookup?(address: string): string | undefined;
  httpRequest(request: HttpRequest): HttpResult;
  tcpConnect(host: string, port: number): boolean;
  /** Whether an ICMP echo request to `address` gets a reply (pods and nodes answer; ClusterIPs do not). */
  icmpEcho(address: string): boolean;
}

/** A network with nothing on it: every name is NXDOMAIN and every connection is refused. */
export const ISOLATED_NETWORK: NetworkStack = {
  resolve: () => ({ kind: 'nxdomain' }),
  httpRequest: () => ({ kind: 'refused' }),
  tcpConnect: () => false,
  icmpEcho: () => false,
};
