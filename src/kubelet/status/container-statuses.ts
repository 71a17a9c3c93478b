/**
 * The API's container statuses from the kubelet's runtime view (`pkg/kubelet/kubelet_pods.go`
 * convertToAPIContainerStatuses): every container starts as waiting `ContainerCreating` (or
 * `PodInitializing` when the pod has init containers); the newest runtime instance gives `state`, the
 * one before it `lastState`; a container that should run again and has a cached start failure shows
 * that failure as its waiting reason, its termination moving to `lastState`.
 */
import type { Container, ContainerState, ContainerStatus, Pod } from '../../api/schemas';
import { toRFC3339 } from '../../clock';
import type { ContainerInstance, ContainerKind, PodState } from '../pod-state';
import { shouldContainerBeRestarted } from '../pod-sync/restart-policy';

/** What a container that failed to start shows as its start time (Go's zero time.Time, marshalled). */
const ZERO_TIME = '1970-01-01T00:00:00Z';

export function containerKind(container: Container, init: boolean): ContainerKind {
  if (!init) return 'regular';
  return container.restartPolicy === 'Always' ? 'sidecar' : 'init';
}

export function containerStatuses(pod: Pod, state: PodState, init: boolean): ContainerStatus[] {
  const specs = (init ? pod.spec?.initContainers : pod.spec?.containers) ?? NO_CONTAINERS;
  if (specs.length === 0) return NO_STATUSES;
  const defaultReason = (pod.spec?.initContainers ?? NO_CONTAINERS).length > 0 ? 'PodInitializing' : 'ContainerCreating';
  // A loop into an exact-size list (one container: one literal), not `map` and its closure per generation.
  if (specs.length === 1) return [containerStatus(pod, specs[0]!, containerKind(specs[0]!, init), state, defaultReason)];
  const statuses: ContainerStatus[] = [];
  for (let i = 0; i < specs.length; i++) statuses.push(containerStatus(pod, specs[i]!, containerKind(specs[i]!, init), state, defaultReason));
  return statuses;
}

/** No containers of a kind (init containers, mostly): one frozen list; `generatePodStatus` only reads it. */
const NO_STATUSES = Object.freeze([]) as unknown as ContainerStatus[];
const NO_CONTAINERS: readonly Container[] = Object.freeze([]);

function containerStatus(pod: Pod, spec: Container, kind: ContainerKind, state: PodState, defaultReason: string): ContainerStatus {
  const name = spec.name ?? '';
  const latest = state.visibleFromEnd(name, 0);
  const previous = latest && state.visibleFromEnd(name, 1);
  const lastState = previous ? { terminated: terminated(previous) } : NO_STATE;
  const status: ContainerStatus = latest
    ? {
        containerID: latest.containerID,
        image: latest.image,
        imageID: latest.imageID,
        lastState,
        name,
        ready: isReady(latest, kind),
        restartCount: latest.attempt,
        started: latest.state === 'running' ? latest.startupPassed : false,
        state: currentState(latest),
      }
    : { image: spec.image ?? '', imageID: '', lastState, name, ready: false, restartCount: 0, started: false, state: waitingFor(defaultReason) };
  const mounts = volumeMounts(spec);
  if (mounts) status.volumeMounts = mounts;
  return withStartFailure(status, pod, kind, state, latest);
}

/**
 * Parts every pod's status has alike, frozen and shared: a stored status keeps them (a write shares what is
 * equal to what it replaces), so thousands of pods hold one `lastState: {}` and one waiting state, not a copy each.
 */
const NO_STATE: ContainerState = Object.freeze({});
const WAITING: Readonly<Record<string, ContainerState>> = {
  ContainerCreating: Object.freeze({ waiting: Object.freeze({ reason: 'ContainerCreating' }) }),
  PodInitializing: Object.freeze({ waiting: Object.freeze({ reason: 'PodInitializing' }) }),
};

function waitingFor(reason: string): ContainerState {
  return WAITING[reason] ?? { waiting: { reason } };
}

function withStartFailure(status: ContainerStatus, pod: Pod, kind: ContainerKind, state: PodState, latest: ContainerInstance | undefined): ContainerStatus {
  const failure = state.failure(status.name ?? '');
  if (!failure) return status;
  if (kind === 'init' && latest?.state === 'exited' && latest.exitCode === 0) return status;
  if (kind !== 'init' && !shouldContainerBeRestarted(kind, pod, latest)) return status;
  if (latest?.state === 'running') return status;
  const lastState = status.state?.terminated ? status.state : status.lastState;
  return { ...status, lastState, state: { waiting: { reason: failure.reason, ...(failure.message ? { message: failure.message } : {}) } } };
}

function isReady(instance: ContainerInstance, kind: ContainerKind): boolean {
  // A regular init container that completed is "ready" (the Initialized condition counts on it).
  if (kind === 'init') return instance.state === 'exited' && instance.exitCode === 0;
  return instance.state === 'running' && instance.startupPassed && instance.readinessPassed;
}

function currentState(instance: ContainerInstance): ContainerState {
  if (instance.state === 'running') return runningSince(toRFC3339(instance.startedAt ?? 0));
  return { terminated: terminated(instance) };
}

/**
 * `{ running: { startedAt } }`, frozen and shared by the containers started in the same second (the stored
 * status keeps a frozen value as it is): ≈ 90 B per running container otherwise. Starts come in clock order,
 * so the last second's state is the one asked for again.
 */
function runningSince(startedAt: string): ContainerState {
  if (startedAt !== lastRunning.running?.startedAt) lastRunning = Object.freeze({ running: Object.freeze({ startedAt }) });
  return lastRunning;
}

let lastRunning: ContainerState = Object.freeze({ running: Object.freeze({ startedAt: '' }) });

function terminated(instance: ContainerInstance): NonNullable<ContainerState['terminated']> {
  return {
    containerID: instance.containerID,
    exitCode: instance.exitCode ?? 0,
    finishedAt: toRFC3339(instance.finishedAt ?? 0),
    ...(instance.message ? { message: instance.message } : {}),
    reason: instance.reason ?? (instance.exitCode === 0 ? 'Completed' : 'Error'),
    startedAt: instance.startedAt === undefined ? ZERO_TIME : toRFC3339(instance.startedAt),
  };
}

/** v1.31+: the status lists each mount; read-only ones with `recursiveReadOnly: Disabled`. */
function volumeMounts(spec: Container): ContainerStatus['volumeMounts'] {
  const mounts = spec.volumeMounts ?? [];
  if (mounts.length === 0) return undefined;
  if (!Object.isFrozen(mounts)) return statusMounts(mounts);
  // Per stored (frozen) list, frozen like a stored status: a pod's every generation hands the same list, which
  // the first write stored, so the status compare finds it identical instead of walking a fresh copy.
  let listed = STATUS_MOUNTS.get(mounts);
  if (!listed) STATUS_MOUNTS.set(mounts, (listed = deepFrozen(statusMounts(mounts))));
  return listed;
}

function statusMounts(mounts: NonNullable<Container['volumeMounts']>): NonNullable<ContainerStatus['volumeMounts']> {
  return mounts.map((m) => (m.readOnly ? { mountPath: m.mountPath, name: m.name, readOnly: true, recursiveReadOnly: 'Disabled' } : { mountPath: m.mountPath, name: m.name }));
}

function deepFrozen<T extends object>(list: T[]): T[] {
  for (const item of list) Object.freeze(item);
  return Object.freeze(list) as T[];
}

const STATUS_MOUNTS = new WeakMap<object, NonNullable<ContainerStatus['volumeMounts']>>();
