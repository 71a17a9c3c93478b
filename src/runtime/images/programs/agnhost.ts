/**
 * registry.k8s.io/e2e-test-images/agnhost (test/images/agnhost): the subcommands the Kubernetes
 * docs and e2e tests use. A Go program: subcommands without a SIGTERM handler die from it as PID
 * 1 with exit code 2 (Go's runtime re-raises, the kernel ignores it for PID 1, Go exits 2).
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramBody, ProgramIO } from '../../program';
import { strftime } from '../../shell/builtins/time-format';
import type { Listener } from '../../listeners';
import { agnhostLogLine } from './agnhost-log';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

/** liveness/server.go: healthy while `time.Since(started).Seconds() > 10` is false. */
export const LIVENESS_HEALTHY_MS = 10_000;

const GO_DEFAULT_SIGTERM: SignalReactions = { SIGTERM: { exitCode: 2 }, SIGINT: { exitCode: 2 } };

export const agnhost: Program = function* (io) {
  const [subcommand, ...args] = io.argv.slice(1);
  switch (subcommand) {
    case 'liveness':
      return yield* liveness(io);
    case 'netexec':
      return yield* netexec(io, args);
    case 'serve-hostname':
      return yield* serveHostname(io, args);
    case 'pause':
      return yield* pauseForever(io);
    case undefined:
      io.stdout('agnhost is a test image with many subcommands: liveness, netexec, serve-hostname, pause, …\n');
      return 0;
    default:
      io.stderr(`Error: unknown command "${subcommand}" for "agnhost"\nRun 'agnhost --help' for usage.\n`);
      return 1;
  }
};

/** `liveness` (also the old registry.k8s.io/liveness `/server`): /healthz 200 for 10 s, then 500. */
export function* liveness(io: ProgramIO): ProgramBody {
  const started = io.sys.now();
  const handler = (request: HttpServerRequest): HttpResponse => {
    const elapsed = io.sys.now() - started;
    if (request.path === '/started') return ok(goDuration(elapsed));
    if (request.path !== '/healthz') return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' };
    if (elapsed / 1000 > LIVENESS_HEALTHY_MS / 1000) return { status: 500, headers: {}, body: `error: ${elapsed / 1000}` };
    return ok('ok');
  };
  return yield* serveUntilSignal(io, [{ port: 8080, protocol: 'TCP', http: handler }], GO_DEFAULT_SIGTERM, bindError);
}

/**
 * netexec.go: the HTTP server on --http-port, and a UDP server on --udp-port (8081; -1 disables it) that
 * answers `hostname`, `echo <msg>` and `clientip` datagrams. kubespec routes no UDP, so the UDP server
 * only binds its port and logs its start line (`on port %s %d` with the empty bind-to-any address,
 * hence two spaces). /healthz is 200 only once a UDP (or SCTP) server runs: with --udp-port=-1 it is 412.
 */
function* netexec(io: ProgramIO, args: readonly string[]): ProgramBody {
  const port = Number(flag(args, 'http-port') ?? 8080);
  const udpPort = Number(flag(args, 'udp-port') ?? 8081);
  const serverReady = udpPort !== -1 || Number(flag(args, 'sctp-port') ?? -1) !== -1;
  // main() starts the UDP goroutine before startServer logs, but the goroutine logs after its bind: the HTTP line comes first.
  log(io, `Started HTTP server on port ${port}`);
  if (udpPort !== -1) log(io, `Started UDP server on port  ${udpPort}`);
  const handler = (request: HttpServerRequest): HttpResponse => {
    log(io, netexecLogLine(request));
    if (request.path === '/hostname' || request.path === '/hostName') return ok(io.sys.hostname);
    if (request.path === '/healthz') return serverReady ? ok('') : { status: 412, headers: {}, body: '' };
    if (request.path === '/clientip') return ok(`${request.remoteAddress}:0`);
    if (request.path === '/echo') {
      const code = request.query.get('code');
      return { status: code ? Number(code) : 200, headers: {}, body: request.query.get('msg') ?? '' };
    }
    // The mux's "/" pattern catches every unregistered path (rootHandler).
    return ok(`NOW: ${strftime(io.sys.now(), '%Y-%m-%d %H:%M:%S.000000000 +0000 UTC')}`);
  };
  const listeners: Listener[] = [{ port, protocol: 'TCP', http: handler }];
  if (udpPort !== -1) listeners.push({ port: udpPort, protocol: 'UDP' });
  return yield* serveUntilSignal(io, listeners, GO_DEFAULT_SIGTERM, bindError);
}

/** What each netexec handler logs (netexec.go): `/echo` spells out its parameters, the rest their route. */
function netexecLogLine(request: HttpServerRequest): string {
  if (request.path === '/echo') return `GET /echo?msg=${request.query.get('msg') ?? ''}&code=${request.query.get('code') ?? ''}`;
  const routes = ['/clientip', '/healthz', '/hostname', '/hostName'];
  return `GET ${routes.includes(request.path) ? request.path : '/'}`;
}

/** serve_hostname.go: handles SIGTERM, then sleeps 60 s before exiting 0. */
function* serveHostname(io: ProgramIO, args: readonly string[]): ProgramBody {
  const port = Number(flag(args, 'port') ?? 9376);
  const handler = (request: HttpServerRequest): HttpResponse => {
    log(io, `HTTP request from ${request.remoteAddress}`);
    return ok(io.sys.hostname);
  };
  log(io, `Serving on port ${port}.`);
  const reactions: SignalReactions = {
    SIGTERM: {
      exitCode: 0,
      delayMs: 60_000,
      log: (p) => logLine(p, 'Shutting down after receiving signal: terminated.') + logLine(p, 'Awaiting pod deletion.'),
    },
  };
  return yield* serveUntilSignal(io, [{ port, protocol: 'TCP', http: handler }], reactions, bindError);
}

/** `pause` (also registry.k8s.io/pause): sleeps until SIGINT/SIGTERM, then exits 0 (build/pause/linux/pause.c). */
export function* pauseForever(io: ProgramIO): ProgramBody {
  const reactions: SignalReactions = {
    SIGTERM: { exitCode: 0, log: () => 'Shutting down, got signal: Terminated\n' },
    SIGINT: { exitCode: 0, log: () => 'Shutting down, got signal: Interrupt\n' },
  };
  return yield* serveUntilSignal(io, [], reactions, bindError);
}

/** A `log.Printf` line in the image version's format (agnhost-log.ts). */
function logLine(io: ProgramIO, message: string): string {
  return agnhostLogLine(io.sys.image.version, io.sys.now(), message);
}

function log(io: ProgramIO, message: string): void {
  io.stderr(logLine(io, message));
}

function ok(body: string): HttpResponse {
  return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body };
}

function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

function bindError(port: number): string {
  return `listen tcp :${port}: bind: address already in use\n`;
}

/** Go's time.Duration.String() for the /started endpoint, e.g. `12.5s`. */
function goDuration(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}
