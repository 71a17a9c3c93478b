/** tcpSocket probes (`pkg/probe/tcp/tcp.go`): Success when the connection opens, else Go's dial error. */
import type { TCPSocketAction } from '../../api/schemas';
import { resolvePort, type ProbeOutcome, type ProbeTarget } from './probe-target';

export function runTcpSocketProbe(target: ProbeTarget, action: TCPSocketAction): ProbeOutcome {
  const port = resolvePort(action.port, target.container) ?? 0;
  const host = action.host || target.podIP;
  const open = host === target.podIP && (target.listeners?.isListening(port) ?? false);
  return open ? { result: 'success', output: '' } : { result: 'failure', output: `dial tcp ${host}:${port}: connect: connection refused` };
}
