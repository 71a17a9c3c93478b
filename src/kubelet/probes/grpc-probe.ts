/**
 * gRPC probes (`pkg/probe/grpc/grpc.go`), with a simple health model since simulated servers speak no
 * HTTP/2: the standard health service is asked at `/grpc.health.v1.Health/Check`; a server that answers
 * it successfully (etcd; an image kubespec does not know, which answers every request) is SERVING;
 * one that answers with an error (nginx's 404) does not implement the health protocol; one that speaks no
 * HTTP at all closes the connection; nothing listening fails to connect within the timeout.
 */
import type { GRPCAction } from '../../api/schemas';
import type { ProbeOutcome, ProbeTarget } from './probe-target';

export function runGrpcProbe(target: ProbeTarget, action: GRPCAction, timeoutSeconds: number): ProbeOutcome {
  const port = action.port ?? 0;
  const address = `${target.podIP}:${port}`;
  if (!target.listeners?.isListening(port)) {
    return { result: 'failure', output: `timeout: failed to connect service "${address}" within ${timeoutSeconds}s: context deadline exceeded` };
  }
  const answer = target.listeners.handleHttp(port, { method: 'POST', target: '/grpc.health.v1.Health/Check', remoteAddress: target.hostIP });
  if (answer.kind === 'ok' && answer.status >= 200 && answer.status < 300) return { result: 'success', output: 'service healthy' };
  if (answer.kind === 'ok') {
    return { result: 'failure', output: 'error: this server does not implement the grpc health protocol (grpc.health.v1.Health): rpc error: code = Unimplemented desc = unknown service grpc.health.v1.Health' };
  }
  return { result: 'failure', output: 'error: health rpc probe failed: rpc error: code = Unavailable desc = connection error: desc = "error reading server preface: EOF"' };
}
