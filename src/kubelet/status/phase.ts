/**
 * The pod phase from its container statuses (`pkg/kubelet/kubelet_pods.go` getPhase, v1.32). See
 * semantics/pod.md §1.1: count init, sidecar and regular containers by state, then apply the rules in
 * order. `podIsTerminal` is true once a deleted or evicted pod's containers have all stopped.
 */
import type { Container, ContainerStatus, Pod } from '../../api/schemas';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

interface Tally {
  pendingInit: number;
  pendingSidecars: number;
  failedInit: number;
  unknown: number;
  running: number;
  waiting: number;
  stopped: number;
  succeeded: number;
}

export function getPhase(pod: Pod, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], podIsTerminal: boolean, isStaticPod = false): PodPhase {
  const spec = pod.spec ?? {};
  const tally: Tally = { pendingInit: 0, pendingSidecars: 0, failedInit: 0, unknown: 0, running: 0, waiting: 0, stopped: 0, succeeded: 0 };
  const inits = spec.initContainers ?? NO_CONTAINERS;
  for (let i = 0; i < inits.length; i++) {
    const container = inits[i]!;
    const status = named(initStatuses, container.name);
    if (isSidecar(container)) countSidecar(status, tally);
    else countInit(status, tally);
  }
  const containers = spec.containers ?? NO_CONTAINERS;
  for (let i = 0; i < containers.length; i++) countRegular(named(statuses, containers[i]!.name), tally);

  if (tally.failedInit > 0 && spec.restartPolicy === 'Never') return 'Failed';
  const initPending = tally.pendingInit > 0 || (tally.pendingSidecars > 0 && !hasAnyRegularContainerStarted(pod, statuses));
  if (initPending || tally.waiting > 0) return 'Pending';
  if (tally.running > 0 && tally.unknown === 0) return 'Running';
  if (tally.running === 0 && tally.stopped > 0 && tally.unknown === 0) return allStopped(spec.restartPolicy, tally, podIsTerminal && !isStaticPod);
  return 'Pending';
}

function allStopped(restartPolicy: string | undefined, tally: Tally, terminal: boolean): PodPhase {
  if (terminal) return tally.stopped === tally.succeeded ? 'Succeeded' : 'Failed';
  if ((restartPolicy ?? 'Always') === 'Always') return 'Running';
  if (tally.stopped === tally.succeeded) return 'Succeeded';
  return restartPolicy === 'Never' ? 'Failed' : 'Running';
}

function countInit(status: ContainerStatus | undefined, tally: Tally): void {
  const state = status?.state;
  if (state?.terminated) {
    if (state.terminated.exitCode !== 0) tally.failedInit++;
  } else if (state?.waiting && status?.lastState?.terminated) {
    if (status.lastState.terminated.exitCode !== 0) tally.failedInit++;
  } else {
    tally.pendingInit++;
  }
}

function countSidecar(status: ContainerStatus | undefined, tally: Tally): void {
  if (!status) {
    tally.unknown++;
    return;
  }
  const state = status.state ?? {};
  if (state.running) {
    if (!status.started) tally.pendingSidecars++;
    tally.running++;
  } else if (state.waiting && !status.lastState?.terminated) {
    tally.pendingSidecars++;
    tally.waiting++;
  } else if (!state.terminated && !state.waiting) {
    tally.pendingSidecars++;
    tally.unknown++;
  }
}

function countRegular(status: ContainerStatus | undefined, tally: Tally): void {
  const state = status?.state;
  if (!state) tally.unknown++;
  else if (state.running) tally.running++;
  else if (state.terminated) {
    tally.stopped++;
    if (state.terminated.exitCode === 0) tally.succeeded++;
  } else if (state.waiting) {
    if (status?.lastState?.terminated) tally.stopped++;
    else tally.waiting++;
  } else tally.unknown++;
}

export function isSidecar(container: Container): boolean {
  return container.restartPolicy === 'Always';
}

/** kubecontainer.HasAnyRegularContainerStarted: some regular container runs, ran, or is waiting after a run. */
export function hasAnyRegularContainerStarted(pod: Pod, statuses: readonly ContainerStatus[]): boolean {
  const containers = pod.spec?.containers ?? NO_CONTAINERS;
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i]!;
    if (!(s.state?.running || s.state?.terminated || (s.state?.waiting && s.lastState?.terminated))) continue;
    for (let c = 0; c < containers.length; c++) if (containers[c]!.name === s.name) return true;
  }
  return false;
}

/** The status of the container named `name` (a loop: this runs per container on every generation). */
function named(statuses: readonly ContainerStatus[], name: string | undefined): ContainerStatus | undefined {
  for (let i = 0; i < statuses.length; i++) if (statuses[i]!.name === name) return statuses[i];
  return undefined;
}

const NO_CONTAINERS: readonly Container[] = Object.freeze([]);
