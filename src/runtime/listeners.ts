/**
 * The sockets listening inside one pod's network namespace (containers of a pod share it, so a
 * sidecar reaches nginx on localhost:80). The kubelet's httpGet/tcpSocket probes and kube-proxy
 * query it; servers register when they start and their listeners close when their process exits.
 */
import type { HttpResponse, HttpResult } from './network-stack';

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface HttpServerRequest {
  method: string;
  /** The request-target as sent, e.g. `/echo?msg=hi`: what access logs print. */
  target: string;
  /** Path without the query string, e.g. `/healthz`. */
  path: string;
  query: URLSearchParams;
  headers: Readonly<Record<string, string>>;
  /** The client's address, for access logs (the node IP for kubelet probes). */
  remoteAddress: string;
}

export type HttpHandler = (request: HttpServerRequest) => HttpResponse;

export interface Listener {
  port: number;
  protocol: Protocol;
  /** Present when the server speaks HTTP on this port. */
  http?: HttpHandler;
}

interface Bound extends Listener {
  owner: object;
}

export class ListenerTable {
  private readonly bound = new Map<string, Bound>();

  /** Binds the port; false when it is taken (EADDRINUSE), as a second nginx in the pod would find. */
  listen(listener: Listener, owner: object): boolean {
    const key = keyOf(listener.port, listener.protocol);
    if (this.bound.has(key)) return false;
    // One literal shape for every socket: `{ ...listener, owner }` made a hidden class per call (V8 11.3).
    this.bound.set(key, { port: listener.port, protocol: listener.protocol, http: listener.http, owner });
    return true;
  }

  close(port: number, protocol: Protocol = 'TCP'): void {
    this.bound.delete(keyOf(port, protocol));
  }

  /** Closes every socket a process opened: called when it exits or is killed. */
  closeOwnedBy(owner: object): void {
    for (const [key, listener] of this.bound) if (listener.owner === owner) this.bound.delete(key);
  }

  isListening(port: number, protocol: Protocol = 'TCP'): boolean {
    return this.bound.has(keyOf(port, protocol));
  }

  ports(): readonly { port: number; protocol: Protocol }[] {
    return [...this.bound.values()].map(({ port, protocol }) => ({ port, protocol })).sort((a, b) => a.port - b.port);
  }

  /** Serves one request on `port`; `target` is the request-target, e.g. `/echo?msg=hi`. */
  handleHttp(port: number, request: { method?: string; target: string; headers?: Readonly<Record<string, string>>; remoteAddress?: string }): HttpResult {
    const listener = this.bound.get(keyOf(port, 'TCP'));
    if (!listener) return { kind: 'refused' };
    if (!listener.http) return { kind: 'reset' };
    const url = new URL(request.target, 'http://localhost');
    const response = listener.http({
      method: request.method ?? 'GET',
      target: request.target,
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: request.headers ?? {},
      remoteAddress: request.remoteAddress ?? '127.0.0.1',
    });
    return { kind: 'ok', ...response };
  }
}

function keyOf(port: number, protocol: Protocol): string {
  return `${protocol}/${port}`;
}
