/**
 * Exec probes (`pkg/probe/exec/exec.go`): exit 0 is Success and anything else Failure, the combined
 * output being the message; a command still running after timeoutSeconds fails with the CRI's
 * `command "…" timed out` (ExecProbeTimeout, on by default). `$(VAR)` expands only from the container's
 * literal `env` values (ExpandContainerCommandOnlyStatic).
 */
import type { Container } from '../../api/schemas';
import { expandKubeletVars } from '../../runtime';
import type { ProbeOutcome, ProbeTarget } from './probe-target';

export function runExecProbe(target: ProbeTarget, command: readonly string[], timeoutSeconds: number): ProbeOutcome {
  const argv = command.map((arg) => expandKubeletVars(arg, staticEnv(target.container)));
  const result = target.runtime.exec(target.containerId, argv, { timeoutMs: timeoutSeconds * 1000 });
  if (result.error) return { result: 'failure', output: result.error };
  if (result.timedOut) return { result: 'failure', output: `command "${argv.join(' ')}" timed out` };
  const output = result.stdout + result.stderr;
  return result.exitCode === 0 ? { result: 'success', output } : { result: 'failure', output };
}

function staticEnv(container: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env ?? []) if (variable.value !== undefined && variable.name) env[variable.name] = variable.value;
  return env;
}
