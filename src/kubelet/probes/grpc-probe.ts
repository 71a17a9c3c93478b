/**
 * gRPC probes (`pkg/probe/grpc/grpc.go`), with a simple health model since simulated servers do not
 * speak gRPC: a port that listens without HTTP (a gRPC server, e.g. etcd or an image kubespec does not
 * know) answers SERVING; an HTTP server there does not implement the health protocol; nothing listening
 * fails to connect within the timeout.
 */
import type { GRPCAction } from '../../api/schemas';
import type { ProbeOutcome, ProbeTarget } from './probe-target';

export function runGrpcProbe(target: ProbeTarget, action: GRPCAction, timeoutSeconds: number): ProbeOutcome {
  const port = action.port ?? 0;
  const address = `${target.podIP}:${port}`;
  if (!target.listeners?.isListening(port)) {
    return { result: 'failure', output: `timeout: failed to connect service "${address}" within ${timeoutSeconds}s: context deadline exceeded` };
  }
  const speaksHttp = target.listeners.handleHttp(port, { target: '/grpc.health.v1.Health/Check' }).kind === 'ok';
  if (speaksHttp) {
    return {
      result: 'failure',
      output: `error: this server does not implement the grpc health protocol (grpc.health.v1.Health): rpc error: code = Unimplemented desc = unknown service grpc.health.v1.Health`,
    };
  }
  return { result: 'success', output: 'service healthy' };
}
