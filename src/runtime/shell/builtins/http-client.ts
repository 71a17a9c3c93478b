/** What wget and curl share: URL parsing and one HTTP exchange, to a pod-local port or across the network. */
import type { HttpResult } from '../../network-stack';
import type { Effect, ProgramIO, Wake } from '../../program';
import { isLoopback } from './name-resolution';

/** Linux abandons an unanswered SYN after about 127 s (net.ipv4.tcp_syn_retries = 6). */
export const TCP_CONNECT_TIMEOUT_MS = 127_000;
/** A request inside the cluster completes within a millisecond of virtual time. */
export const HTTP_EXCHANGE_MS = 1;

export interface ParsedUrl {
  host: string;
  port: number;
  /** Path and query, e.g. `/echo?msg=hi`. */
  target: string;
}

export function parseUrl(text: string): ParsedUrl | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // Documented conversion: an unparsable URL is reported by the caller in its own words.
    return undefined;
  }
  const defaultPort = url.protocol === 'https:' ? 443 : 80;
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : defaultPort, target: `${url.pathname}${url.search}` };
}

export function* exchange(
  io: ProgramIO,
  url: ParsedUrl,
  address: string,
  request: { method: string; headers: Record<string, string>; timeoutMs?: number },
): Generator<Effect, HttpResult, Wake> {
  yield { kind: 'cpu', ms: HTTP_EXCHANGE_MS };
  const hostHeader = url.port === 80 ? url.host : `${url.host}:${url.port}`;
  const headers = { Host: hostHeader, ...request.headers };
  const result = isLoopback(address)
    ? io.sys.listeners.handleHttp(url.port, { method: request.method, target: url.target, headers })
    : io.sys.network.httpRequest({ method: request.method, url: `http://${address}:${url.port}${url.target}`, headers });
  if (result.kind === 'timeout') yield { kind: 'sleep', ms: request.timeoutMs ?? TCP_CONNECT_TIMEOUT_MS };
  return result;
}
