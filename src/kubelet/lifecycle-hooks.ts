/**
 * postStart and preStop handlers (`pkg/kubelet/lifecycle/handlers.go` Run, v1.32): exec runs in the
 * container on the cluster clock (a hook that sleeps takes that long); httpGet goes from the node to the
 * pod IP and fails only on transport errors (a 500 counts as success); sleep waits, and fails when the
 * container exits first; tcpSocket is accepted by the API but cannot run. The result is the error
 * message for the container status, or undefined on success.
 */
import type { LifecycleHandler, Pod } from '../api/schemas';
import type { ContainerRuntime, ExecResult } from './container-runtime';
import type { ContainerInstance } from './pod-state';
import { runHttpGetProbe } from './probes/http-get-probe';
import type { ProbeTarget } from './probes/probe-target';
import { sleep, waitFor, type Task } from './task';

export interface HookContext {
  readonly pod: Pod;
  readonly instance: ContainerInstance;
  readonly runtime: ContainerRuntime;
  readonly target: ProbeTarget;
}

/** format.Pod: `name_namespace(uid)`. */
export function formatPod(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid})`;
}

export function* runLifecycleHandler(context: HookContext, handler: LifecycleHandler): Task<string | undefined> {
  const { pod, instance } = context;
  const where = `for Container "${instance.name}" in Pod "${formatPod(pod)}"`;
  if (handler.exec) {
    const command = handler.exec.command ?? [];
    const result = yield* execHook(context, command);
    if (result.exitCode === 0 && !result.error) return undefined;
    const error = result.error ?? `command '${command.join(' ')}' exited with ${result.exitCode}: ${result.stderr}`;
    return `Exec lifecycle hook ([${command.join(' ')}]) ${where} failed - error: ${error}, message: ${goQuote(result.stdout + result.stderr)}`;
  }
  if (handler.httpGet) {
    const outcome = runHttpGetProbe(context.target, handler.httpGet, 'kube-lifecycle/1.32');
    // A response of any status is success for a hook: only a failed exchange counts.
    const transportFailed = outcome.result === 'failure' && !outcome.output.startsWith('HTTP probe failed');
    return transportFailed ? `HTTP lifecycle hook (${handler.httpGet.path ?? ''}) ${where} failed - error: ${outcome.output}` : undefined;
  }
  if (handler.sleep) return yield* sleepHook(instance, handler.sleep.seconds ?? 0, where);
  return `Cannot run handler: invalid handler: ${JSON.stringify(handler)}`;
}

function* execHook(context: HookContext, command: readonly string[]): Task<ExecResult> {
  let result: ExecResult | undefined;
  let notify: (() => void) | undefined;
  const cancel = context.runtime.execAsync(context.instance.id, command, (r) => {
    result = r;
    notify?.();
  });
  try {
    while (!result) {
      yield* waitFor((wake) => {
        notify = wake;
        return () => (notify = undefined);
      });
    }
    return result;
  } finally {
    if (!result) cancel();
  }
}

function* sleepHook(instance: ContainerInstance, seconds: number, where: string): Task<string | undefined> {
  for (let left = seconds * 1000; left > 0; left -= 1000) {
    yield* sleep(Math.min(1000, left));
    if (instance.state !== 'running') return `Sleep lifecycle hook (${seconds}) ${where} failed - error: container terminated before sleep hook finished`;
  }
  return undefined;
}

/** Go's %q for the output: double quotes with \n, \t, \" and \\ escaped. */
function goQuote(text: string): string {
  return JSON.stringify(text);
}
