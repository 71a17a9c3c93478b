/**
 * `kubectl run … --attach` (and `-i`, which implies it), the attach branch of kubectl's run.go: no
 * `pod/NAME created`; wait (--pod-running-timeout, default 1m) until the pod runs and is Ready or has already
 * finished; show what its container prints until it ends; with --restart Never or OnFailure wait for the pod to
 * finish and exit with its container's code; with --rm delete the pod at the end, whatever happened
 * (`pod "NAME" deleted`).
 *
 * The scenario's kubectl has no terminal: `-t` gets kubectl's `Unable to use a TTY` warning and runs without one,
 * and stdin is empty, so an attached shell reads end-of-file and exits as a script's would.
 * Simplifications: what the container printed is shown as `kubectl logs` shows it (both streams on stdout, where
 * a non-TTY attach sends the container's stderr to stderr); a container still running after MAX_ATTACH_MS of
 * virtual time ends the command, as a scenario cannot wait on a stream forever.
 */
import type { StoredObject } from '../../api';
import type { ContainerStatus, Pod } from '../../api/schemas';
import { goDuration } from '../../clock';
import { kubelets } from '../../cluster';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { setUpTty } from './stream-tty';

/** How long an attached container may keep running: as long as an exec may (simulated-runtime.ts MAX_EXEC_MS). */
const MAX_ATTACH_MS = 10 * 60 * 1000;
const TIMED_OUT = 'error: timed out waiting for the condition';

export function attachToRunPod(context: CommandContext, created: StoredObject<Pod>, flags: Flags): void {
  try {
    attach(context, created, flags);
  } finally {
    if (flags.bool('rm')) removePod(context, created);
  }
}

function attach(context: CommandContext, created: StoredObject<Pod>, flags: Flags): void {
  const live = () => livePod(context, created);
  const timeoutMs = flags.duration('pod-running-timeout')!;
  // handleAttachPod: podRunningAndReady, which stops early (ErrPodCompleted) on a finished pod.
  wait(context, () => {
    const pod = live();
    return pod === undefined || isCompleted(pod) || isRunningAndReady(pod);
  }, timeoutMs, `pod/${created.metadata.name} running or completed`);
  const pod = live();
  if (pod === undefined) throw new KubectlError(`Error from server (NotFound): pods "${created.metadata.name}" not found`);
  if (!isCompleted(pod)) {
    setUpTty(context, flags);
    streamUntilExit(context, created, live);
  }
  printOutput(context, live() ?? pod);
  const restartPolicy = pod.spec?.restartPolicy;
  if (flags.bool('leave-stdin-open') || (restartPolicy !== 'Never' && restartPolicy !== 'OnFailure')) return;
  // Never: any end; OnFailure: only success ends it (a failing container is restarted until the timeout).
  wait(context, () => {
    const current = live();
    return current === undefined || (restartPolicy === 'Never' ? isCompleted(current) : current.status?.phase === 'Succeeded');
  }, timeoutMs, `pod/${created.metadata.name} completed`);
  exitWithPodResult(live() ?? pod);
}

/** The attach stream ends when the container's process does: its first termination. */
function streamUntilExit(context: CommandContext, created: StoredObject<Pod>, live: () => StoredObject<Pod> | undefined): void {
  const ended = () => {
    const pod = live();
    const status = pod && containerStatus(pod);
    return pod === undefined || isCompleted(pod) || status?.state?.terminated !== undefined || (status?.restartCount ?? 0) > 0;
  };
  try {
    context.cluster.waitUntil(ended, MAX_ATTACH_MS, `the container of pod/${created.metadata.name} to exit`);
  } catch {
    throw new KubectlError(`error: kubespec stopped the attached command after ${goDuration(MAX_ATTACH_MS)} of virtual time (pod/${created.metadata.name} is still running)`);
  }
}

/** What the container printed (its previous run's, if it was restarted since), as `kubectl logs` shows it. */
function printOutput(context: CommandContext, pod: StoredObject<Pod>): void {
  const status = containerStatus(pod);
  const previous = status?.state?.terminated === undefined && (status?.restartCount ?? 0) > 0;
  const result = kubelets(context.cluster).containerLogs(pod, { container: runContainerName(pod), previous, tail: -1, timestamps: false });
  if (result.ok) context.output.raw(result.text);
}

/** run.go: Succeeded ends quietly; Failed exits with the container's code and kubectl's `terminated` message. */
function exitWithPodResult(pod: StoredObject<Pod>): void {
  const { namespace, name } = pod.metadata;
  if (pod.status?.phase === 'Succeeded') return;
  if (pod.status?.phase !== 'Failed') throw new KubectlError(`error: pod ${namespace}/${name} left in phase ${pod.status?.phase ?? ''}`);
  const terminated = containerStatus(pod)?.state?.terminated;
  if (!terminated || terminated.exitCode === 0) throw new KubectlError(`error: pod ${namespace}/${name} failed with unknown exit code`);
  // kubectl prints `terminated (REASON)`, a newline and the termination message, which is mostly empty.
  const message = terminated.message ? `\n${terminated.message}` : '';
  throw new KubectlError(`pod ${namespace}/${name} terminated (${terminated.reason ?? ''})${message}`, terminated.exitCode);
}

/** removeCreatedObjects: a plain delete (default grace period, no wait), printed as `kubectl delete` prints it. */
function removePod(context: CommandContext, created: StoredObject<Pod>): void {
  if (!livePod(context, created)) return;
  context.cluster.api.delete('Pod', created.metadata.namespace, created.metadata.name, { user: context.user });
  context.output.out(`pod "${created.metadata.name}" deleted`);
}

function wait(context: CommandContext, predicate: () => boolean, timeoutMs: number, describe: string): void {
  try {
    context.cluster.waitUntil(predicate, timeoutMs, describe);
  } catch {
    throw new KubectlError(TIMED_OUT);
  }
}

/** The pod `run` created, while it is still that pod (not deleted, nor replaced by one of the same name). */
function livePod(context: CommandContext, created: StoredObject<Pod>): StoredObject<Pod> | undefined {
  const pod = context.cluster.get('Pod', created.metadata.namespace, created.metadata.name) as StoredObject<Pod> | undefined;
  return pod?.metadata.uid === created.metadata.uid ? pod : undefined;
}

function isCompleted(pod: StoredObject<Pod>): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

function isRunningAndReady(pod: StoredObject<Pod>): boolean {
  return pod.status?.phase === 'Running' && (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** `kubectl run` makes one container, named after the pod. */
function runContainerName(pod: StoredObject<Pod>): string {
  return pod.spec?.containers?.[0]?.name ?? pod.metadata.name;
}

function containerStatus(pod: StoredObject<Pod>): ContainerStatus | undefined {
  return pod.status?.containerStatuses?.find((s) => s.name === runContainerName(pod));
}
