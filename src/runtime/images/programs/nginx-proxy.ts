/**
 * nginx's reverse proxy (ngx_http_upstream_module and ngx_http_proxy_module) as far as the docs' examples use
 * it: `upstream NAME { server HOST[:PORT]; … }` and `location PREFIX { proxy_pass http://NAME|HOST[:PORT][URI]; }`,
 * as in the "Connect a Frontend to a Backend" task's frontend (`upstream hello { server hello; }`).
 *
 *  - Names are resolved once, when the configuration is read (getaddrinfo, so /etc/hosts and resolv.conf's
 *    search path apply): a name that does not resolve stops nginx with `[emerg] host not found in upstream`
 *    and exit code 1, and a Service whose ClusterIP later changes keeps being sent to the old address.
 *  - A request goes to the location with the longest matching prefix; when that one proxies, nginx sends it
 *    on with `Host: <upstream name>` and `Connection: close` (proxy_set_header's defaults) and the client's
 *    other headers, and answers with the upstream's status, headers and body under its own `Server`. The
 *    servers of an upstream take turns (round robin).
 *  - An upstream that refuses or resets gives 502 Bad Gateway; one that never answers, 504 Gateway Time-out.
 *
 * Simplified: the 504 comes without proxy_connect_timeout's 60 s wait (a server answers within its request);
 * regex and `=` locations, `proxy_set_header`, upstream weights/backup/max_fails, and the `[error]` line the
 * worker logs for a failed upstream are not modelled.
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse, HttpResult } from '../../network-stack';
import type { ProgramIO } from '../../program';
import { isIpAddress, isLoopback, lookupHostsFile, resolvConf } from '../../shell/builtins/name-resolution';

/** An `upstream` block's `server` or proxy_pass's own host, as written. */
interface ServerAddress {
  readonly host: string;
  readonly port: number;
  /** Where it is written, for `[emerg]` messages: `/etc/nginx/conf.d/frontend.conf:2`. */
  readonly at: string;
}

interface ProxyLocation {
  readonly prefix: string;
  /** The upstream's name as written in proxy_pass (`hello` of `http://hello`): also the Host header sent. */
  readonly upstream: string;
  readonly servers: readonly ServerAddress[];
  /** proxy_pass's URI part (`/api/` of `http://b/api/`): replaces the matched prefix; absent passes the URI as is. */
  readonly uri?: string;
}

/** A `location` block: a prefix, and its proxy when it has proxy_pass. */
export interface NginxLocation {
  readonly prefix: string;
  readonly proxy?: ProxyLocation;
}

/** One configuration file, by path and text. */
export interface ConfigFile {
  readonly path: string;
  readonly text: string;
}

/** The prefix locations of every file, in order (none: nginx's default `location /` serves files). */
export function parseLocations(configFiles: readonly ConfigFile[]): readonly NginxLocation[] {
  // Comments go, line breaks stay: `[emerg]` messages name lines.
  const files = configFiles.map((file) => ({ path: file.path, text: file.text.replace(/#.*$/gm, '') }));
  const upstreams = new Map<string, ServerAddress[]>();
  for (const file of files) {
    for (const block of file.text.matchAll(/\bupstream\s+(\S+)\s*\{([^}]*)\}/g)) {
      const servers = [...block[2]!.matchAll(/\bserver\s+([^\s;]+)[^;]*;/g)].map((server) => serverAddress(server[1]!, 80, file, block.index! + block[0].indexOf('{') + 1 + server.index!));
      upstreams.set(block[1]!, servers);
    }
  }
  const locations: NginxLocation[] = [];
  for (const file of files) {
    for (const block of file.text.matchAll(/\blocation\s+(?:\^~\s+)?([^\s{~=]\S*)\s*\{([^}]*)\}/g)) {
      const pass = /\bproxy_pass\s+http:\/\/([^/\s;]+)([^\s;]*)\s*;/.exec(block[2]!);
      if (!pass) {
        locations.push({ prefix: block[1]! });
        continue;
      }
      const at = block.index! + block[0].indexOf('{') + 1 + pass.index;
      const servers = upstreams.get(pass[1]!) ?? [serverAddress(pass[1]!, 80, file, at)];
      locations.push({ prefix: block[1]!, proxy: { prefix: block[1]!, upstream: pass[1]!, servers, ...(pass[2] ? { uri: pass[2] } : {}) } });
    }
  }
  return locations;
}

function serverAddress(text: string, defaultPort: number, file: ConfigFile, offset: number): ServerAddress {
  const [, host = text, port] = /^(.*?)(?::(\d+))?$/.exec(text) ?? [];
  const line = file.text.slice(0, offset).split('\n').length;
  return { host, port: port ? Number(port) : defaultPort, at: `${file.path}:${line}` };
}

/** The proxies of a running nginx: each upstream's addresses, resolved at start-up. */
export class NginxProxy {
  private readonly turns = new Map<ProxyLocation, number>();

  private constructor(
    private readonly locations: readonly NginxLocation[],
    private readonly addresses: ReadonlyMap<ServerAddress, readonly string[]>,
  ) {}

  /**
   * Resolves every proxied server as getaddrinfo would; the `[emerg]` message of the first that does not
   * resolve otherwise (written to the error log and again to stderr by nginx, as the container log shows).
   */
  static start(io: ProgramIO, locations: readonly NginxLocation[]): NginxProxy | { emerg: string } {
    const addresses = new Map<ServerAddress, readonly string[]>();
    for (const location of locations) {
      for (const server of location.proxy?.servers ?? []) {
        const found = resolveServer(io, server.host);
        if (found.length === 0) return { emerg: `host not found in upstream "${server.host}" in ${server.at}` };
        addresses.set(server, found);
      }
    }
    return new NginxProxy(locations, addresses);
  }

  /** The proxy of the location a request path selects, if that location proxies. */
  locationFor(path: string): ProxyLocation | undefined {
    let best: NginxLocation | undefined;
    for (const location of this.locations) {
      if (path.startsWith(location.prefix) && (best === undefined || location.prefix.length > best.prefix.length)) best = location;
    }
    return best?.proxy;
  }

  /** Sends the request on to the location's next server: its response, or the status nginx answers instead. */
  forward(io: ProgramIO, location: ProxyLocation, request: HttpServerRequest): HttpResponse | { failed: 502 | 504 } {
    const targets = location.servers.flatMap((server) => (this.addresses.get(server) ?? []).map((address) => ({ address, port: server.port })));
    const turn = this.turns.get(location) ?? 0;
    this.turns.set(location, turn + 1);
    const target = targets[turn % targets.length]!;
    const uri = location.uri === undefined ? request.target : location.uri + request.target.slice(location.prefix.length);
    const headers = { ...withoutHostAndConnection(request.headers), Host: location.upstream, Connection: 'close' };
    const result: HttpResult = isLoopback(target.address)
      ? io.sys.listeners.handleHttp(target.port, { method: request.method, target: uri, headers })
      : io.sys.network.httpRequest({ method: request.method, url: `http://${target.address}:${target.port}${uri}`, headers });
    if (result.kind === 'ok') return { status: result.status, headers: result.headers, body: result.body };
    return { failed: result.kind === 'timeout' ? 504 : 502 };
  }
}

function withoutHostAndConnection(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(host|connection)$/i.test(name)));
}

/** getaddrinfo: an address as is, then /etc/hosts, then DNS with resolv.conf's search path below ndots. */
function resolveServer(io: ProgramIO, host: string): readonly string[] {
  if (isIpAddress(host)) return [host];
  const fromFile = lookupHostsFile(io, host);
  if (fromFile) return [fromFile];
  const conf = resolvConf(io);
  const dots = host.replace(/\.$/, '').split('.').length - 1;
  const answer = io.sys.network.resolve(host, dots < conf.ndots && !host.endsWith('.') ? conf.searches : []);
  return answer.kind === 'ok' ? answer.addresses : [];
}
