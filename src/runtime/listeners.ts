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

/** A bound socket beyond a pod's first: the listener as its server registered it, and the process that owns it. */
interface Socket {
  readonly listener: Listener;
  readonly owner: object;
}

/**
 * A pod's sockets. Nearly every pod listens on one port, for its whole life: the first socket is two fields,
 * and further sockets go to a list made when one arrives (a Map with a key string and a copied record per
 * socket cost ≈ 300 B per pod). The sockets stay in binding order, as a Map's entries did: `first` is the
 * oldest. The registered listener object is kept as it is, so a server's `http` may be a method of it.
 */
export class ListenerTable {
  private first: Listener | undefined = undefined;
  private firstOwner: object | undefined = undefined;
  private rest: Socket[] | undefined = undefined;

  /** Binds the port; false when it is taken (EADDRINUSE), as a second nginx in the pod would find. */
  listen(listener: Listener, owner: object): boolean {
    if (this.find(listener.port, listener.protocol) !== undefined) return false;
    if (this.first === undefined) {
      this.first = listener;
      this.firstOwner = owner;
    } else {
      (this.rest ??= []).push({ listener, owner });
    }
    return true;
  }

  close(port: number, protocol: Protocol = 'TCP'): void {
    this.remove((listener) => listener.port === port && listener.protocol === protocol);
  }

  /** Closes every socket a process opened: called when it exits or is killed. */
  closeOwnedBy(owner: object): void {
    // Every process's exit comes here, and most (execs, shells) own no socket: no list, no closure for them.
    if (this.firstOwner !== owner && this.rest === undefined) return;
    this.remove((_, socketOwner) => socketOwner === owner);
  }

  isListening(port: number, protocol: Protocol = 'TCP'): boolean {
    return this.find(port, protocol) !== undefined;
  }

  ports(): readonly { port: number; protocol: Protocol }[] {
    const sockets = this.first === undefined ? [] : [this.first, ...(this.rest ?? []).map((socket) => socket.listener)];
    return sockets.map(({ port, protocol }) => ({ port, protocol })).sort((a, b) => a.port - b.port);
  }

  /** Serves one request on `port`; `target` is the request-target, e.g. `/echo?msg=hi`. */
  handleHttp(port: number, request: { method?: string; target: string; headers?: Readonly<Record<string, string>>; remoteAddress?: string }): HttpResult {
    const listener = this.find(port, 'TCP');
    if (!listener) return { kind: 'refused' };
    if (!listener.http) return { kind: 'reset' };
    const url = new URL(request.target, 'http://localhost');
    // Called on the listener, so that a server's handler may be a method of its listener object.
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

  private find(port: number, protocol: Protocol): Listener | undefined {
    const first = this.first;
    if (first === undefined) return undefined;
    if (first.port === port && first.protocol === protocol) return first;
    return this.rest?.find((socket) => socket.listener.port === port && socket.listener.protocol === protocol)?.listener;
  }

  /** Unbinds the sockets `matches` selects, keeping the others in binding order. */
  private remove(matches: (listener: Listener, owner: object) => boolean): void {
    const rest = this.rest?.filter((socket) => !matches(socket.listener, socket.owner));
    if (this.first !== undefined && matches(this.first, this.firstOwner!)) {
      const next = rest?.shift();
      this.first = next?.listener;
      this.firstOwner = next?.owner;
    }
    this.rest = rest !== undefined && rest.length > 0 ? rest : undefined;
  }
}
