/**
 * Stopping containers (`pkg/kubelet/kuberuntime/kuberuntime_container.go` killContainer and
 * killContainersWithSyncResult, v1.32): a `Killing` event; the preStop hook, given at most the grace
 * period, whose duration is then deducted; the image's STOPSIGNAL (SIGTERM unless the image says
 * otherwise); SIGKILL when the remaining grace — never less than 2 seconds — runs out. A pod kill stops
 * regular containers in parallel, then sidecars one by one in reverse order.
 */
import type { Container, Pod } from '../api/schemas';
import { lookupImage } from '../runtime';
import { runLifecycleHandler } from './lifecycle-hooks';
import type { PodContext } from './pod-sync/pod-context';
import type { ContainerInstance } from './pod-state';
import { allOf, waitFor, withDeadline, type Task } from './task';

/** minimumGracePeriodInSeconds: the runtime always gets at least this long before SIGKILL. */
const MINIMUM_GRACE_SECONDS = 2;

export function containerSpec(pod: Pod, name: string): Container | undefined {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].find((c) => c.name === name);
}

export function* killContainer(context: PodContext, pod: Pod, instance: ContainerInstance, message: string, graceSeconds: number): Task {
  const { clock, events, runtime } = context.node;
  if (instance.state !== 'running') return;
  events.container(pod, instance.name, 'Normal', 'Killing', message);
  let grace = graceSeconds;
  const preStop = containerSpec(pod, instance.name)?.lifecycle?.preStop;
  if (preStop && grace > 0) {
    const started = clock.now();
    const hook = runLifecycleHandler({ pod, instance, runtime, target: context.probeTarget(instance) }, preStop);
    const outcome = yield* withDeadline(clock, `preStop ${instance.name}`, hook, grace * 1000);
    if (outcome.finished && outcome.value !== undefined) events.container(pod, instance.name, 'Warning', 'FailedPreStopHook', 'PreStopHook failed');
    grace -= Math.floor((clock.now() - started) / 1000);
  }
  grace = Math.max(grace, MINIMUM_GRACE_SECONDS);
  if (instance.state !== 'running') return;
  runtime.signal(instance.id, lookupImage(instance.image).stopSignal);
  const stopped = yield* withDeadline(clock, `stop ${instance.name}`, waitForExit(context, instance), grace * 1000);
  if (stopped.finished) return;
  runtime.signal(instance.id, 'SIGKILL');
  yield* waitForExit(context, instance);
}

function* waitForExit(context: PodContext, instance: ContainerInstance): Task {
  if (instance.state === 'exited') return;
  yield* waitFor((wake) => context.state.whenExited(instance, wake));
}

/** Stops everything still running in the pod: regular (and init) containers together, then sidecars last-first. */
export function* killPodContainers(context: PodContext, pod: Pod, graceSeconds: number): Task {
  const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  const running = context.state.running();
  const first = running.filter((instance) => !sidecars.has(instance.name));
  const message = (instance: ContainerInstance) => `Stopping container ${instance.name}`;
  yield* allOf(context.node.clock, `kill ${pod.metadata.name}`, first.map((instance) => killContainer(context, pod, instance, message(instance), graceSeconds)));
  const order = (pod.spec?.initContainers ?? []).map((c) => c.name).reverse();
  for (const name of order) {
    const instance = context.state.latest(name ?? '');
    if (instance && sidecars.has(name) && instance.state === 'running') yield* killContainer(context, pod, instance, message(instance), graceSeconds);
  }
}

/** The grace a kill gets: the probe's own terminationGracePeriodSeconds for probe kills, else the pod's (default 30). */
export function podGracePeriod(pod: Pod): number {
  return pod.spec?.terminationGracePeriodSeconds ?? 30;
}
