/**
 * One sync of a running pod (`pkg/kubelet/kubelet.go` SyncPod then `kuberuntime_manager.go` SyncPod,
 * v1.32), as a coroutine that blocks where the kubelet blocks: volumes must be ready first, then the
 * plan from `planPodActions` is carried out in order — kill what must die, create the sandbox (the pod's
 * IP), start the next init container(s), then the regular containers one after another (each pull and
 * postStart holds up the rest). A pod with nothing left to run is killed and its sandbox removed.
 */
import type { Container, Pod } from '../../api/schemas';
import type { MountSource } from '../../runtime';
import type { PodVolume } from '../../storage';
import { containerKind } from '../status/container-statuses';
import { killContainer, killPodContainers, podGracePeriod } from '../termination';
import type { Task } from '../task';
import { mountVolumes } from './mount-volumes';
import { planPodActions, type ContainerToKill, type PodActions } from './plan-pod-actions';
import type { PodContext } from './pod-context';
import { startContainer } from './start-container';

export type SyncOutcome =
  | { readonly kind: 'ok' }
  /** Something failed to start (back-off, pull, config): retry after the worker's back-off period. */
  | { readonly kind: 'error' }
  | { readonly kind: 'volumesPending'; readonly retryMs: number }
  /** The pod has nothing left to run: its containers and sandbox are stopped. */
  | { readonly kind: 'completed' };

/**
 * Starts a sync: what needs no waiting (plan, volumes, sandbox) runs now, and the rest is returned as a task
 * to drive. A sync with nothing to kill or start (most syncs after a pod's first: the PLEG's, the resyncs)
 * returns its outcome instead, with no coroutine, driver or completion closure made for it.
 */
export function syncPod(context: PodContext, pod: Pod): SyncOutcome | Task<SyncOutcome> {
  const { node, state } = context;
  state.startTime ??= node.clock.now();
  const actions = planPodActions(pod, state, node.prober.unhealthy(state));
  if (actions.killPod) return killPod(context, pod);
  const mounted = mountVolumes(context, pod);
  if (!mounted.ready) return { kind: 'volumesPending', retryMs: mounted.retryMs };
  if (actions.createSandbox && !createSandbox(context, pod)) return ERROR;
  if (actions.containersToKill.length === 0 && actions.initContainersToStart.length === 0 && actions.containersToStart.length === 0) return OK;
  return carryOut(context, pod, actions, mounted.volumes);
}

/** A pod with nothing left to run: its containers are killed and its sandbox removed. */
function* killPod(context: PodContext, pod: Pod): Task<SyncOutcome> {
  yield* killPodContainers(context, pod, podGracePeriod(pod));
  stopSandbox(context, pod);
  return COMPLETED;
}

/** The plan's kills and starts, in order: each kill, pull and postStart holds up the rest. */
function* carryOut(context: PodContext, pod: Pod, actions: PodActions, volumes: ReadonlyMap<string, PodVolume<MountSource>>): Task<SyncOutcome> {
  // Indexed loops: a for-of in a generator allocates an iterator per loop and a result per step.
  const kills = actions.containersToKill;
  for (let i = 0; i < kills.length; i++) yield* killContainer(context, pod, kills[i]!.instance, kills[i]!.message, killGrace(pod, kills[i]!));
  let failed = false;
  const inits = actions.initContainersToStart;
  for (let i = 0; i < inits.length; i++) {
    const container = containerNamed(pod.spec?.initContainers, inits[i]!);
    if (container && !(yield* startContainer(context, pod, container, containerKind(container, true), volumes))) failed = true;
  }
  const regular = actions.containersToStart;
  for (let i = 0; i < regular.length; i++) {
    const container = containerNamed(pod.spec?.containers, regular[i]!) as Container;
    if (!(yield* startContainer(context, pod, container, 'regular', volumes))) failed = true;
  }
  return failed ? ERROR : OK;
}

/** A task, rather than an outcome, from `syncPod`. */
export function isSyncTask(sync: SyncOutcome | Task<SyncOutcome>): sync is Task<SyncOutcome> {
  return !('kind' in sync);
}

/** The outcomes without data, shared (the worker only reads them). */
const OK: SyncOutcome = Object.freeze({ kind: 'ok' });
const ERROR: SyncOutcome = Object.freeze({ kind: 'error' });
const COMPLETED: SyncOutcome = Object.freeze({ kind: 'completed' });

function containerNamed(containers: readonly Container[] | undefined, name: string): Container | undefined {
  if (!containers) return undefined;
  for (let i = 0; i < containers.length; i++) if (containers[i]!.name === name) return containers[i];
  return undefined;
}

/** RunPodSandbox: the network namespace and the pod's IP from the CNI. */
function createSandbox(context: PodContext, pod: Pod): boolean {
  const { node, state } = context;
  const listeners = node.runtime.runPodSandbox(state.uid);
  const nodeObject = node.nodeObject();
  const allocation = nodeObject ? node.network.allocate(pod as never, nodeObject, listeners) : { ok: false as const, error: `node "${node.nodeName}" not found` };
  if (!allocation.ok) {
    node.events.pod(pod, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type="ptp" failed (add): ${allocation.error}`);
    return false;
  }
  state.sandbox = { podIP: allocation.ip, listeners };
  // No status write here: the kubelet's SyncPod posted its status before calling the runtime, and the pod IP
  // reaches the API only with the status of a later sync (after the containers start, or fail to). A pull
  // that takes seconds shows `ContainerCreating` without an IP, as on a real node.
  // The PLEG reports the new sandbox like a started container, which brings the next sync within a second.
  context.containerStarted();
  return true;
}

export function stopSandbox(context: PodContext, pod: Pod): void {
  const { node, state } = context;
  if (!state.sandbox) return;
  node.runtime.stopPodSandbox(state.uid);
  node.network.release(pod as never);
  state.sandbox = undefined;
  context.statusChanged();
}

function killGrace(pod: Pod, kill: ContainerToKill): number {
  const container = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].find((c) => c.name === kill.instance.name);
  const probe = kill.cause === 'liveness' ? container?.livenessProbe : kill.cause === 'startup' ? container?.startupProbe : undefined;
  return probe?.terminationGracePeriodSeconds ?? podGracePeriod(pod);
}
