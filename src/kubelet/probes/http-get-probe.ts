/**
 * httpGet probes (`pkg/probe/http/http.go`, `request.go`): a GET from the node to the pod IP with
 * `User-Agent: kube-probe/1.32`; 200–399 is Success, anything else `HTTP probe failed with statuscode:
 * <code>`; transport errors read as Go's net/http client prints them. Redirects to the same host are
 * followed (up to 10); one to another host is not followed and counts as Success with a warning.
 */
import type { HTTPGetAction } from '../../api/schemas';
import type { HttpResult } from '../../runtime';
import { resolvePort, type ProbeOutcome, type ProbeTarget } from './probe-target';

const MAX_REDIRECTS = 10;

/** `userAgent`: probes say `kube-probe/1.32`, lifecycle hooks `kube-lifecycle/1.32` (NewRequestForHTTPGetAction). */
export function runHttpGetProbe(target: ProbeTarget, action: HTTPGetAction, userAgent = 'kube-probe/1.32'): ProbeOutcome {
  const port = resolvePort(action.port, target.container) ?? 0;
  const scheme = (action.scheme ?? 'HTTP').toLowerCase();
  const host = action.host || target.podIP;
  let path = action.path || '/';
  const headers = requestHeaders(action, host, port, userAgent);
  for (let redirects = 0; ; redirects++) {
    const response = send(target, host, port, path, headers);
    // Built only when needed: most probe runs succeed, and the probe path runs a million times an hour.
    const url = () => `${scheme}://${hostPort(host, port)}${path.startsWith('/') ? path : `/${path}`}`;
    if (response.kind !== 'ok') return { result: 'failure', output: transportError(url(), host, port, response) };
    if (scheme === 'https') return { result: 'failure', output: `Get "${url()}": http: server gave HTTP response to HTTPS client` };
    const location = response.headers.Location ?? response.headers.location;
    if (response.status >= 300 && response.status < 400 && location && redirects < MAX_REDIRECTS) {
      const next = new URL(location, url());
      if (next.hostname !== host) return { result: 'warning', output: `Probe terminated redirects, Response body: ${response.body}` };
      path = `${next.pathname}${next.search}`;
      continue;
    }
    if (response.status >= 200 && response.status < 400) return { result: 'success', output: response.body };
    return { result: 'failure', output: `HTTP probe failed with statuscode: ${response.status}` };
  }
}

function send(target: ProbeTarget, host: string, port: number, path: string, headers: Record<string, string>): HttpResult {
  if (host === target.podIP && target.listeners) return target.listeners.handleHttp(port, { method: 'GET', target: path, headers, remoteAddress: target.hostIP });
  // Another host (`httpGet.host`): the request travels the cluster network.
  return target.network?.httpRequest({ method: 'GET', url: `http://${hostPort(host, port)}${path}`, headers }) ?? { kind: 'refused' };
}

/** The request headers of a probe, built once per probe and address. */
const headerCache = new WeakMap<HTTPGetAction, { key: string; headers: Record<string, string> }>();

function requestHeaders(action: HTTPGetAction, host: string, port: number, userAgent: string): Record<string, string> {
  const key = `${hostPort(host, port)} ${userAgent}`;
  const cached = headerCache.get(action);
  if (cached?.key === key) return cached.headers;
  const headers: Record<string, string> = { Host: hostPort(host, port), 'User-Agent': userAgent, Accept: '*/*', Connection: 'close' };
  for (const header of action.httpHeaders ?? []) if (header.name) headers[header.name] = header.value ?? '';
  headerCache.set(action, { key, headers });
  return headers;
}

function hostPort(host: string, port: number): string {
  return `${host}:${port}`;
}

function transportError(url: string, host: string, port: number, response: Exclude<HttpResult, { kind: 'ok' }>): string {
  switch (response.kind) {
    case 'refused':
    case 'unresolved':
      return `Get "${url}": dial tcp ${hostPort(host, port)}: connect: connection refused`;
    case 'timeout':
      return `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
    case 'reset':
      return `Get "${url}": EOF`;
  }
}
