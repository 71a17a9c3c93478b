/** One probe attempt, by handler kind (`pkg/kubelet/prober/prober.go` runProbe). */
import type { Probe } from '../../api/schemas';
import { runExecProbe } from './exec-probe';
import { runGrpcProbe } from './grpc-probe';
import { runHttpGetProbe } from './http-get-probe';
import type { ProbeOutcome, ProbeTarget } from './probe-target';
import { runTcpSocketProbe } from './tcp-socket-probe';

export function runProbe(target: ProbeTarget, probe: Probe): ProbeOutcome {
  const timeoutSeconds = probe.timeoutSeconds || 1;
  if (probe.exec) return runExecProbe(target, probe.exec.command ?? [], timeoutSeconds);
  if (probe.httpGet) return runHttpGetProbe(target, probe.httpGet);
  if (probe.tcpSocket) return runTcpSocketProbe(target, probe.tcpSocket);
  if (probe.grpc) return runGrpcProbe(target, probe.grpc, timeoutSeconds);
  // Validation requires a handler; a probe without one (a static pod file) is an unknown result.
  return { result: 'failure', output: 'missing probe handler' };
}
