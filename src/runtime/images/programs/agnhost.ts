/**
 * registry.k8s.io/e2e-test-images/agnhost (test/images/agnhost): the subcommands the Kubernetes
 * docs and e2e tests use. A Go program: subcommands without a SIGTERM handler die from it as PID
 * 1 with exit code 2 (Go's runtime re-raises, the kernel ignores it for PID 1, Go exits 2).
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramBody, ProgramIO } from '../../program';
import { strftime } from '../../shell/builtins/time-format';
import { goLogTime, serveUntilSignal, type SignalReactions } from './serve-until-signal';

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

function* netexec(io: ProgramIO, args: readonly string[]): ProgramBody {
  const port = Number(flag(args, 'http-port') ?? 8080);
  io.stderr(`${goLogTime(io.sys.now())} Started HTTP server on port ${port}\n`);
  const handler = (request: HttpServerRequest): HttpResponse => {
    io.stderr(`${goLogTime(io.sys.now())} ${netexecLogLine(request)}\n`);
    if (request.path === '/hostname' || request.path === '/hostName') return ok(io.sys.hostname);
    if (request.path === '/healthz') return ok('');
    if (request.path === '/clientip') return ok(`${request.remoteAddress}:0`);
    if (request.path === '/echo') {
      const code = request.query.get('code');
      return { status: code ? Number(code) : 200, headers: {}, body: request.query.get('msg') ?? '' };
    }
    // The mux's "/" pattern catches every unregistered path (rootHandler).
    return ok(`NOW: ${strftime(io.sys.now(), '%Y-%m-%d %H:%M:%S.000000000 +0000 UTC')}`);
  };
  return yield* serveUntilSignal(io, [{ port, protocol: 'TCP', http: handler }], GO_DEFAULT_SIGTERM, bindError);
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
    io.stderr(`${goLogTime(io.sys.now())} HTTP request from ${request.remoteAddress}\n`);
    return ok(io.sys.hostname);
  };
  io.stderr(`${goLogTime(io.sys.now())} Serving on port ${port}.\n`);
  const reactions: SignalReactions = {
    SIGTERM: {
      exitCode: 0,
      delayMs: 60_000,
      log: (p) => `${goLogTime(p.sys.now())} Shutting down after receiving signal: terminated.\n${goLogTime(p.sys.now())} Awaiting pod deletion.\n`,
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
