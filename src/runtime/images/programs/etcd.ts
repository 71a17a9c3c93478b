/**
 * etcd as registry.k8s.io/etcd ships it (kubernetes cluster/images/etcd), for the docs' gRPC liveness
 * example (pods/probe/grpc-liveness.yaml) and pods that run a throwaway etcd. It listens on the ports of
 * `--listen-client-urls` (default http://localhost:2379) and `--listen-peer-urls` (default
 * http://localhost:2380). On a client port it serves:
 *  - the standard gRPC health service, which etcd registers as SERVING: kubelet's grpc probe passes;
 *  - `/version`: `{"etcdserver":"3.5.1","etcdcluster":"3.5.0"}` (the cluster version is major.minor.0),
 *  - `/health`: `{"health":"true","reason":""}` for a single member that has elected itself leader,
 *  - `404 page not found` for any other HTTP path.
 * On SIGTERM or SIGINT etcd runs its interrupt handlers and, being PID 1, exits 0 (pkg/osutil/interrupt_unix.go).
 *
 * Simplified, and why: real etcd writes some forty JSON start-up lines (more with `--log-level debug`), whose
 * exact fields and callers vary by patch release; none are written rather than invented ones. The listen
 * host is not enforced (a pod's sockets are not split by address here), the data directory is not
 * created, and the v3 API itself (gRPC KV, its HTTP gateway, `/metrics`) is not modelled.
 */
import type { HttpServerRequest, Listener } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

export const ETCD_CLIENT_PORT = 2379;
export const ETCD_PEER_PORT = 2380;

const GRPC_HEALTH_CHECK = '/grpc.health.v1.Health/Check';
const GO_TEXT = 'text/plain; charset=utf-8';
const SIGNALS: SignalReactions = { SIGTERM: { exitCode: 0 }, SIGINT: { exitCode: 0 } };
const NOT_FOUND: HttpResponse = { status: 404, headers: { 'Content-Type': GO_TEXT }, body: '404 page not found\n' };

export const etcd: Program = function* (io) {
  const args = io.argv.slice(1);
  const clientPorts = listenPorts(flag(args, 'listen-client-urls'), ETCD_CLIENT_PORT);
  const peerPorts = listenPorts(flag(args, 'listen-peer-urls'), ETCD_PEER_PORT);
  const client = clientHandler(io.sys.image.version);
  const listeners: Listener[] = [
    ...clientPorts.map((port) => ({ port, protocol: 'TCP' as const, http: client })),
    ...peerPorts.filter((port) => !clientPorts.includes(port)).map((port) => ({ port, protocol: 'TCP' as const, http: () => NOT_FOUND })),
  ];
  return yield* serveUntilSignal(io, listeners, SIGNALS, bindError);
};

function clientHandler(version: string): (request: HttpServerRequest) => HttpResponse {
  const clusterVersion = version.split('.').slice(0, 2).join('.') + '.0';
  return (request) => {
    if (request.path === GRPC_HEALTH_CHECK && request.method === 'POST') return { status: 200, headers: { 'Content-Type': 'application/grpc' }, body: '' };
    if (request.path === '/version') {
      return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ etcdserver: version, etcdcluster: clusterVersion }) };
    }
    if (request.path === '/health') return { status: 200, headers: { 'Content-Type': GO_TEXT }, body: '{"health":"true","reason":""}' };
    return NOT_FOUND;
  };
}

/** The ports of a comma-separated URL list (`http://0.0.0.0:2379,http://127.0.0.1:4001`); `fallback` when absent. */
export function listenPorts(urls: string | undefined, fallback: number): number[] {
  if (urls === undefined) return [fallback];
  return urls.split(',').map((url) => Number(/:(\d+)\/?$/.exec(url.trim())?.[1] ?? fallback));
}

/** `--name value` or `--name=value`; etcd's flag package also takes a single dash. */
function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const bare = arg.replace(/^--?/, '');
    if (bare === name) return args[i + 1];
    if (bare.startsWith(`${name}=`)) return bare.slice(name.length + 1);
  }
  return undefined;
}

function bindError(port: number, io: ProgramIO): string {
  return `{"level":"fatal","ts":"${new Date(io.sys.now()).toISOString()}","msg":"discovery failed","error":"listen tcp :${port}: bind: address already in use"}\n`;
}
