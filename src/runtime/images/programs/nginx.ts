/**
 * nginx as the images run it: serves files from its root (default /usr/share/nginx/html, read at
 * request time so mounted ConfigMaps show), 404 otherwise, logs requests to stdout (access.log is
 * a symlink to it) in the `main` format when the configuration says so, else nginx's built-in
 * `combined`. SIGTERM/SIGINT: fast shutdown; SIGQUIT: graceful (the official image's STOPSIGNAL);
 * `nginx -s quit|stop` signals PID 1. Exit code 0 either way.
 * Simplification: only `listen N`, `root DIR`, `error_log`'s level, `access_log`'s format and the
 * reverse proxy's `upstream`/`location … proxy_pass` (nginx-proxy.ts) are read from the configuration.
 */
import type { HttpServerRequest, Listener } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramBody, ProgramIO } from '../../program';
import { statusText } from '../../http-status';
import { joinPath, type LayerMemo, type VirtualFS } from '../../vfs';
import { strftime } from '../../shell/builtins/time-format';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';
import { NginxProxy, parseLocations, type NginxLocation } from './nginx-proxy';

export const NGINX_HTML_ROOT = '/usr/share/nginx/html';
const NOTICE_TIME = '%Y/%m/%d %H:%M:%S';

const SIGNALS: SignalReactions = {
  SIGTERM: { exitCode: 0, log: (io) => notice(io, 'signal 15 (SIGTERM) received, exiting') },
  SIGINT: { exitCode: 0, log: (io) => notice(io, 'signal 2 (SIGINT) received, exiting') },
  SIGQUIT: { exitCode: 0, log: (io) => notice(io, 'signal 3 (SIGQUIT) received, shutting down') + notice(io, 'gracefully shutting down') + notice(io, 'exit') },
};

/** The same exits when error_log keeps its compiled-in level, `error`, which drops [notice] lines. */
const QUIET_SIGNALS: SignalReactions = { SIGTERM: { exitCode: 0 }, SIGINT: { exitCode: 0 }, SIGQUIT: { exitCode: 0 } };

/**
 * nginx as built with `./configure --prefix=PREFIX`: a relative `root` (the source tree's stock
 * nginx.conf says `root html;`) is relative to the prefix. Starts when called and returns the body of its
 * master loop (`serveUntilSignal`) rather than delegating to it: a running nginx then keeps one coroutine,
 * not two. The start-up runs at the process's start instant either way.
 */
export function nginxBuiltWithPrefix(prefix: string): Program {
  return (io) => {
    const signalFlag = io.argv.indexOf('-s');
    if (signalFlag >= 0) return exitWith(controlMaster(io, io.argv[signalFlag + 1] ?? ''));
    if (io.argv.includes('-v')) {
      io.stderr(`nginx version: nginx/${io.sys.image.version}\n`);
      return exitWith(0);
    }
    const config = readConfig(io);
    if (config.notices) io.stderr(startupNotices(io));
    const root = resolveRoot(prefix, config.root);
    const proxy = config.locations === undefined ? undefined : NginxProxy.start(io, config.locations);
    if (proxy !== undefined && !(proxy instanceof NginxProxy)) return exitWith(emerg(io, proxy.emerg));
    const listeners = config.ports.map((port) => new NginxListener(port, io, root, config.combinedLog, proxy));
    return serveUntilSignal(io, listeners, config.notices ? SIGNALS : QUIET_SIGNALS, bindError);
  };
}

/** The official image's nginx (`--prefix=/etc/nginx`). */
export const nginx: Program = nginxBuiltWithPrefix('/etc/nginx');

/** The default root is kept as the one shared string, not a new one per container. */
function resolveRoot(prefix: string, root: string): string {
  if (root.startsWith('/')) return root;
  const resolved = joinPath(prefix, root);
  return resolved === NGINX_HTML_ROOT ? NGINX_HTML_ROOT : resolved;
}

function bindError(port: number, io: ProgramIO): string {
  return `${strftime(io.sys.now(), NOTICE_TIME)} [emerg] 1#1: bind() to 0.0.0.0:${port} failed (98: Address in use)\n`;
}

/**
 * A listening socket of nginx, serving with a method rather than a closure (and its scope) per socket: every
 * nginx keeps its sockets for as long as it runs. The listener table calls `http` on this object.
 */
class NginxListener implements Listener {
  /** On the prototype: the same for every socket. */
  get protocol(): 'TCP' {
    return 'TCP';
  }

  constructor(
    readonly port: number,
    private readonly io: ProgramIO,
    private readonly root: string,
    private readonly combinedLog: boolean,
    private readonly proxy: NginxProxy | undefined,
  ) {}

  http(request: HttpServerRequest): HttpResponse {
    const location = this.proxy?.locationFor(request.path);
    if (this.proxy === undefined || location === undefined) return serve(this.io, this.root, this.combinedLog, request);
    const forwarded = this.proxy.forward(this.io, location, request);
    const response = 'failed' in forwarded ? { status: forwarded.failed, headers: { 'Content-Type': 'text/html' }, body: errorPage(this.io, forwarded.failed) } : forwarded;
    logRequest(this.io, this.combinedLog, request, response.status, response.body);
    return { ...response, headers: { ...response.headers, Server: `nginx/${this.io.sys.image.version}` } };
  }
}

/**
 * A configuration error at start-up: logged through the error log (stderr) and printed again by nginx's
 * command line, then exit 1.
 */
function emerg(io: ProgramIO, message: string): number {
  io.stderr(`${strftime(io.sys.now(), NOTICE_TIME)} [emerg] 1#1: ${message}\nnginx: [emerg] ${message}\n`);
  return 1;
}

/** The body of a program that exits at once with `code`. */
function* exitWith(code: number): ProgramBody {
  return code;
}

function noticePrefix(io: ProgramIO): string {
  return `${strftime(io.sys.now(), NOTICE_TIME)} [notice] 1#1: `;
}

/** The last start-up text, by its timestamp (`strftime`'s own string, given again for the same instant) and version. */
let startupTime = '';
let startupVersion = '';
let startupText = '';

/**
 * The three start-up notices, written at one instant with one timestamp. Replicas that start at the same
 * virtual instant write the same text: it is made once and their logs share it.
 */
function startupNotices(io: ProgramIO): string {
  const time = strftime(io.sys.now(), NOTICE_TIME);
  const version = io.sys.image.version;
  if (time !== startupTime || version !== startupVersion) {
    const prefix = `${time} [notice] 1#1: `;
    startupText = `${prefix}using the "epoll" event method\n${prefix}nginx/${version}\n${prefix}start worker processes\n`;
    startupTime = time;
    startupVersion = version;
  }
  return startupText;
}

function notice(io: ProgramIO, text: string): string {
  return `${noticePrefix(io)}${text}\n`;
}

/** `nginx -s quit|stop|reload`: reads nothing, signals the master (PID 1) as nginx does via its pid file. */
function controlMaster(io: ProgramIO, action: string): number {
  const signal = ({ quit: 'SIGQUIT', stop: 'SIGTERM', reload: 'SIGHUP', reopen: 'SIGUSR1' } as const)[action as 'quit'];
  if (!signal) {
    io.stderr(`nginx: invalid option: "-s ${action}"\n`);
    return 1;
  }
  io.stderr(notice(io, `signal process started`));
  return io.sys.kill(1, signal) ? 0 : 1;
}

function serve(io: ProgramIO, root: string, combinedLog: boolean, request: HttpServerRequest): HttpResponse {
  const fs = io.sys.fs;
  const path = joinPath(root, request.path.replace(/^\/+/, ''));
  let status = 404;
  let body = errorPage(io, 404);
  if (fs.exists(path)) {
    const index = fs.stat(path).kind === 'dir' ? joinPath(path, 'index.html') : path;
    if (fs.exists(index) && fs.stat(index).kind === 'file') {
      status = 200;
      body = fs.readFile(index);
    } else {
      status = 403;
      body = errorPage(io, 403);
    }
  }
  logRequest(io, combinedLog, request, status, body);
  return { status, headers: { Server: `nginx/${io.sys.image.version}`, 'Content-Type': 'text/html' }, body: request.method === 'HEAD' ? '' : body };
}

function logRequest(io: ProgramIO, combinedLog: boolean, request: HttpServerRequest, status: number, body: string): void {
  const agent = request.headers['User-Agent'] ?? request.headers['user-agent'] ?? '-';
  const time = strftime(io.sys.now(), '%d/%b/%Y:%H:%M:%S +0000');
  // `main` (the official image's) is `combined` plus "$http_x_forwarded_for".
  const forwardedFor = combinedLog ? '' : ' "-"';
  io.stdout(`${request.remoteAddress} - - [${time}] "${request.method} ${request.target} HTTP/1.1" ${status} ${Buffer.byteLength(body)} "-" "${agent}"${forwardedFor}\n`);
}

/** nginx's own reason phrases, where they differ from the RFC's. */
const NGINX_REASONS: Readonly<Record<number, string>> = { 504: 'Gateway Time-out' };

function errorPage(io: ProgramIO, status: number): string {
  const title = `${status} ${NGINX_REASONS[status] ?? statusText(status)}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${io.sys.image.version}</center>\r\n</body>\r\n</html>\r\n`;
}

interface NginxConfig {
  readonly ports: readonly number[];
  /** As written: absolute, or relative to the build's prefix. */
  readonly root: string;
  /** Whether error_log's level lets [notice] lines through (nginx's default level is `error`). */
  readonly notices: boolean;
  /** No `access_log … main`: nginx logs requests in its predefined `combined` format. */
  readonly combinedLog: boolean;
  /** The `location` blocks, when one of them proxies (nginx-proxy.ts); absent for a plain file server. */
  readonly locations?: readonly NginxLocation[];
}

/** Configurations read from an image layer, by layer (`VirtualFS.readLayer`): every replica's nginx reads the same files. */
const LAYER_CONFIGS: LayerMemo<NginxConfig> = new WeakMap();

function readConfig(io: ProgramIO): NginxConfig {
  return io.sys.fs.readLayer(LAYER_CONFIGS, readConfigFiles);
}

function readConfigFiles(fs: VirtualFS): NginxConfig {
  const paths = ['/etc/nginx/nginx.conf', ...(fs.exists('/etc/nginx/conf.d') ? fs.readdir('/etc/nginx/conf.d').filter((f) => f.endsWith('.conf')).map((f) => `/etc/nginx/conf.d/${f}`) : [])];
  const files = paths.filter((path) => fs.exists(path)).map((path) => ({ path, text: fs.readFile(path) }));
  const config = parseConfig(files.map((file) => file.text));
  const locations = parseLocations(files);
  // Only a proxying configuration pays for an object of its own: file servers share their parsed config.
  return locations.some((location) => location.proxy) ? Object.freeze({ ...config, locations }) : config;
}

/** A level of the parsed-configuration cache: the configuration of the texts read so far, and what follows. */
interface ParsedLevel {
  config?: NginxConfig;
  readonly next: Map<string, ParsedLevel>;
}

/**
 * Parsed configurations by the texts of their files, in order: every container of an image reads the same
 * files (the very strings of its layer, whose hashes V8 keeps), so each distinct configuration is parsed once
 * and its result, frozen, shared, without joining the texts into a new string to look it up. Emptied should it
 * ever hold a hundred levels.
 */
const PARSED: ParsedLevel = { next: new Map() };
let parsedLevels = 0;

function parseConfig(sources: readonly string[]): NginxConfig {
  let level = PARSED;
  for (const source of sources) {
    let next = level.next.get(source);
    if (!next) {
      if (++parsedLevels > 100) {
        PARSED.next.clear();
        parsedLevels = 0;
        return parseConfig(sources);
      }
      level.next.set(source, (next = { next: new Map() }));
    }
    level = next;
  }
  return (level.config ??= parseText(sources.join('\n')));
}

function parseText(source: string): NginxConfig {
  const text = source.replace(/#.*$/gm, '');
  const ports = [...new Set([...text.matchAll(/\blisten\s+(?:[\d.]+:)?(\d+)/g)].map((m) => Number(m[1])))];
  const root = /\broot\s+([^;\s]+)\s*;/.exec(text)?.[1] ?? NGINX_HTML_ROOT;
  const notices = /\berror_log\s+\S+\s+(?:debug|info|notice)\s*;/.test(text);
  const combinedLog = !/\baccess_log\s+\S+\s+main\b/.test(text);
  // A regex capture is a slice that keeps the whole configuration text alive for as long as nginx runs.
  return Object.freeze({ ports: Object.freeze(ports.length > 0 ? ports : [80]), root: root === NGINX_HTML_ROOT ? NGINX_HTML_ROOT : [...root].join(''), notices, combinedLog });
}
