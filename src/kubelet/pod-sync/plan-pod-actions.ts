/**
 * What one sync of a pod must do, decided from the pod spec and the kubelet's runtime view alone — a
 * pure port of `pkg/kubelet/kuberuntime/kuberuntime_manager.go` computePodActions with the
 * SidecarContainers path of computeInitContainerActions (v1.32):
 * - no sandbox → create one (unless a `Never` pod already ran: then it is done);
 * - init containers one at a time: a regular one must exit 0 before the next starts; a failure restarts it,
 *   or kills the pod under `restartPolicy: Never`; a sidecar lets the next start once it is `started`;
 * - then every regular container that has not run, or exited and should restart;
 * - running containers that failed liveness/startup, or whose image changed, are killed (and restarted
 *   when their policy says so);
 * - once no regular container runs or will start, the pod is killed (sidecars and sandbox stop).
 * Back-off is not decided here: the executor checks it when it tries to start a container.
 */
import type { Container, Pod } from '../../api/schemas';
import type { ContainerInstance, ContainerKind, PodState } from '../pod-state';
import { containerKind } from '../status/container-statuses';
import { podRestartPolicy, shouldContainerBeRestarted, shouldInitContainerRerun } from './restart-policy';

export type KillCause = 'liveness' | 'startup' | 'definitionChanged';

export interface ContainerToKill {
  readonly instance: ContainerInstance;
  readonly cause: KillCause;
  /** The Killing event's message. */
  readonly message: string;
}

export interface PodActions {
  readonly createSandbox: boolean;
  /** Stop every container and the sandbox: the pod has nothing left to run. */
  readonly killPod: boolean;
  /** Init containers (regular or sidecar) to start, in order. */
  readonly initContainersToStart: readonly string[];
  readonly containersToStart: readonly string[];
  readonly containersToKill: readonly ContainerToKill[];
}

/** Probe verdicts the prober has reached for running instances, by container ID. */
export type Unhealthy = ReadonlyMap<string, 'liveness' | 'startup'>;

export function planPodActions(pod: Pod, state: PodState, unhealthy: Unhealthy = NONE_UNHEALTHY): PodActions {
  const policy = podRestartPolicy(pod);
  if (!state.sandbox && policy === 'Never' && state.instanceCount() > 0) return DONE;
  const containersToKill = planKills(pod, state, unhealthy);
  const killed = killedNames(containersToKill);
  const init = planInitContainers(pod, state, killed);
  if (init.killPod) return DONE;
  // Whole literals: `{ ...base, initContainersToStart }` made a hidden class per call (V8 11.3).
  const createSandbox = !state.sandbox;
  if (!init.initialized) return { createSandbox, killPod: false, initContainersToStart: init.toStart, containersToStart: NO_NAMES, containersToKill };
  // Loops, not filter/map chains: this runs on every sync of every pod.
  const containers = pod.spec?.containers ?? NO_CONTAINERS;
  let containersToStart: string[] | undefined;
  let keep = false;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    if (shouldStart(pod, state, c, killed)) (containersToStart ??= []).push(c.name ?? '');
    if (!keep && state.latest(c.name ?? '')?.state === 'running' && !killed.has(c.name ?? '')) keep = true;
  }
  if (!containersToStart && !keep && killed.size === 0) return DONE;
  return { createSandbox, killPod: false, initContainersToStart: init.toStart, containersToStart: containersToStart ?? NO_NAMES, containersToKill };
}

/** Shared, frozen: a plan is only read. */
const NO_NAMES: readonly string[] = Object.freeze([]);
const NO_KILLS: readonly ContainerToKill[] = Object.freeze([]);
const NO_CONTAINERS: readonly Container[] = Object.freeze([]);
const NO_KILLED: ReadonlySet<string> = new Set();
const NONE_UNHEALTHY: Unhealthy = new Map();
const DONE: PodActions = Object.freeze({ createSandbox: false, killPod: true, initContainersToStart: NO_NAMES, containersToStart: NO_NAMES, containersToKill: NO_KILLS });

function killedNames(kills: readonly ContainerToKill[]): ReadonlySet<string> {
  if (kills.length === 0) return NO_KILLED;
  const names = new Set<string>();
  for (let i = 0; i < kills.length; i++) names.add(kills[i]!.instance.name);
  return names;
}

function shouldStart(pod: Pod, state: PodState, container: Container, killed: ReadonlySet<string>): boolean {
  const name = container.name ?? '';
  const latest = state.latest(name);
  if (killed.has(name)) return podRestartPolicy(pod) !== 'Never';
  return shouldContainerBeRestarted('regular', pod, latest);
}

interface InitPlan {
  readonly initialized: boolean;
  readonly killPod: boolean;
  readonly toStart: readonly string[];
}

const NO_INIT_CONTAINERS: InitPlan = Object.freeze({ initialized: true, killPod: false, toStart: NO_NAMES });
const INIT_KILLS_POD: InitPlan = Object.freeze({ initialized: false, killPod: true, toStart: NO_NAMES });

/** computeInitContainerActions: walks the init containers in order until one must start or be waited for. */
function planInitContainers(pod: Pod, state: PodState, killed: ReadonlySet<string>): InitPlan {
  const inits = pod.spec?.initContainers ?? NO_CONTAINERS;
  if (inits.length === 0) return NO_INIT_CONTAINERS;
  const previouslyInitialized = (pod.spec?.containers ?? []).some((c) => state.latest(c.name ?? '') !== undefined);
  const toStart: string[] = [];
  for (const container of inits) {
    const name = container.name ?? '';
    const kind = containerKind(container, true);
    const latest = state.latest(name);
    const verdict = kind === 'sidecar' ? sidecarStep(latest, killed.has(name)) : initStep(pod, latest, previouslyInitialized);
    if (verdict === 'killPod') return INIT_KILLS_POD;
    if (verdict === 'start') toStart.push(name);
    if ((verdict === 'start' || verdict === 'wait') && !previouslyInitialized) return { initialized: false, killPod: false, toStart };
  }
  return { initialized: true, killPod: false, toStart };
}

type Step = 'next' | 'start' | 'wait' | 'killPod';

function initStep(pod: Pod, latest: ContainerInstance | undefined, previouslyInitialized: boolean): Step {
  if (previouslyInitialized) return 'next';
  if (!latest) return 'start';
  if (latest.state === 'running') return 'wait';
  if (latest.exitCode === 0) return 'next';
  return shouldInitContainerRerun(pod, latest) ? 'start' : 'killPod';
}

function sidecarStep(latest: ContainerInstance | undefined, killed: boolean): Step {
  if (!latest || latest.state === 'exited' || killed) return 'start';
  return latest.startupPassed && !latest.hookPending ? 'next' : 'wait';
}

function planKills(pod: Pod, state: PodState, unhealthy: Unhealthy): readonly ContainerToKill[] {
  let kills: ContainerToKill[] | undefined;
  const inits = pod.spec?.initContainers ?? NO_CONTAINERS;
  for (let i = 0; i < inits.length; i++) kills = planKill(pod, state, unhealthy, inits[i]!, containerKind(inits[i]!, true), kills);
  const containers = pod.spec?.containers ?? NO_CONTAINERS;
  for (let i = 0; i < containers.length; i++) kills = planKill(pod, state, unhealthy, containers[i]!, 'regular', kills);
  return kills ?? NO_KILLS;
}

/** Adds the container's kill, if it needs one, to `kills` (made on the first kill: most syncs kill nothing). */
function planKill(pod: Pod, state: PodState, unhealthy: Unhealthy, container: Container, kind: ContainerKind, kills: ContainerToKill[] | undefined): ContainerToKill[] | undefined {
  const instance = state.latest(container.name ?? '');
  if (!instance || instance.state !== 'running' || kind === 'init') return kills;
  const cause = unhealthy.size === 0 ? undefined : unhealthy.get(instance.id);
  if (cause) (kills ??= []).push({ instance, cause, message: probeKillMessage(pod, instance.name, kind, cause) });
  else if (container.image !== instance.specImage) {
    (kills ??= []).push({ instance, cause: 'definitionChanged', message: `Container ${instance.name} definition changed, will be restarted` });
  }
  return kills;
}

/** `Container web failed liveness probe, will be restarted`; no suffix under Never, and sidecars say `Init container`. */
function probeKillMessage(pod: Pod, name: string, kind: ContainerKind, cause: 'liveness' | 'startup'): string {
  if (kind === 'sidecar') return `Init container ${name} failed ${cause} probe`;
  const suffix = podRestartPolicy(pod) === 'Never' ? '' : ', will be restarted';
  return `Container ${name} failed ${cause} probe${suffix}`;
}
