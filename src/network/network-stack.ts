/**
 * The network contract container processes use, declared here as the runtime declares it
 * (src/runtime/network-stack.ts): the two layers are siblings and may not import each other, so both
 * spell the same structural types and `cluster` hands this layer's implementation to the runtime.
 * Keep the two in step.
 */

export type ResolveResult =
  /** `canonicalName` is set when the name was an alias (an ExternalName Service's CNAME). */
  | { kind: 'ok'; name: string; addresses: readonly string[]; canonicalName?: string }
  | { kind: 'nxdomain' }
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
  | { kind: 'reset' };

export interface NetworkStack {
  resolve(name: string, searchDomains: readonly string[]): ResolveResult;
  reverseLookup?(address: string): string | undefined;
  httpRequest(request: HttpRequest): HttpResult;
  tcpConnect(host: string, port: number): boolean;
  /** Whether an ICMP echo request to `address` gets a reply (pods and nodes answer; ClusterIPs do not). */
  icmpEcho(address: string): boolean;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/**
 * The sockets listening in one pod's network namespace: the runtime's ListenerTable satisfies it.
 * The kubelet hands it over when it sets up the pod's network (PodNetwork.allocate).
 */
export interface PodSockets {
  handleHttp(port: number, request: { method?: string; target: string; headers?: Readonly<Record<string, string>>; remoteAddress?: string }): HttpResult;
  isListening(port: number, protocol?: Protocol): boolean;
}
