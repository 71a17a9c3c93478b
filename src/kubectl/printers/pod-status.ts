/**
 * The READY, STATUS and RESTARTS cells of `kubectl get pods`, as `printPod` computes them
 * (kubernetes pkg/printers/internalversion/printers.go, v1.32). See semantics/pod.md §1.3–1.5.
 */
import { humanDuration } from '../../clock';
import { arr, bool, num, obj, path, str, timeOf, type Json } from './object-fields';

export interface PodColumns {
  ready: string;
  status: string;
  restarts: string;
}

interface Tally {
  reason: string;
  restarts: number;
  readyContainers: number;
  lastRestart: number | undefined;
}

export function podColumns(pod: unknown, now: number): PodColumns {
  const spec = obj(obj(pod).spec);
  const status = obj(obj(pod).status);
  const initSpecs = arr(spec.initContainers);
  const sidecars = new Set(initSpecs.filter((c) => str(c.restartPolicy) === 'Always').map((c) => str(c.name)));
  const total = arr(spec.containers).length + sidecars.size;
  const tally: Tally = { reason: podReason(status), restarts: 0, readyContainers: 0, lastRestart: undefined };

  const init = walkInitContainers(arr(status.initContainerStatuses), sidecars, initSpecs.length, tally);
  if (!init.initializing || conditionTrue(status, 'Initialized')) {
    tally.restarts = init.sidecarRestarts;
    tally.lastRestart = init.sidecarLastRestart;
    walkContainers(arr(status.containerStatuses), status, tally);
  }
  const deleting = path(pod, 'metadata.deletionTimestamp') !== undefined && path(pod, 'metadata.deletionTimestamp') !== null;
  const phase = str(status.phase);
  if (deleting && str(status.reason) === 'NodeLost') tally.reason = 'Unknown';
  else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') tally.reason = 'Terminating';

  let restarts = String(tally.restarts);
  if (tally.restarts !== 0 && tally.lastRestart !== undefined) restarts += ` (${humanDuration(now - tally.lastRestart)} ago)`;
  return { ready: `${tally.readyContainers}/${total}`, status: tally.reason, restarts };
}

function podReason(status: Json): string {
  let reason = str(status.reason) || str(status.phase);
  for (const c of arr(status.conditions)) {
    if (str(c.type) === 'PodScheduled' && str(c.reason) === 'SchedulingGated') reason = 'SchedulingGated';
  }
  return reason;
}

/** Init containers in status order; the walk stops at the first unfinished one. */
function walkInitContainers(statuses: Json[], sidecars: ReadonlySet<string>, specCount: number, tally: Tally) {
  const result = { initializing: false, sidecarRestarts: 0, sidecarLastRestart: undefined as number | undefined };
  for (const [i, c] of statuses.entries()) {
    const isSidecar = sidecars.has(str(c.name));
    const finished = lastTerminationTime(c);
    tally.restarts += num(c.restartCount);
    tally.lastRestart = later(tally.lastRestart, finished);
    if (isSidecar) {
      result.sidecarRestarts += num(c.restartCount);
      result.sidecarLastRestart = later(result.sidecarLastRestart, finished);
    }
    const terminated = obj(c.state).terminated;
    const waiting = obj(c.state).waiting;
    if (terminated && num(obj(terminated).exitCode) === 0) continue;
    if (isSidecar && bool(c.started)) {
      if (bool(c.ready)) tally.readyContainers++;
      continue;
    }
    result.initializing = true;
    if (terminated) tally.reason = `Init:${terminatedReason(obj(terminated))}`;
    else if (waiting && str(obj(waiting).reason) !== '' && str(obj(waiting).reason) !== 'PodInitializing') tally.reason = `Init:${str(obj(waiting).reason)}`;
    else tally.reason = `Init:${i}/${specCount}`;
    break;
  }
  return result;
}

/** Regular containers from last to first, so the first container's state wins. */
function walkContainers(statuses: Json[], status: Json, tally: Tally): void {
  let hasRunning = false;
  for (const c of [...statuses].reverse()) {
    tally.restarts += num(c.restartCount);
    tally.lastRestart = later(tally.lastRestart, lastTerminationTime(c));
    const state = obj(c.state);
    if (state.waiting && str(obj(state.waiting).reason) !== '') tally.reason = str(obj(state.waiting).reason);
    else if (state.terminated) tally.reason = terminatedReason(obj(state.terminated));
    else if (bool(c.ready) && state.running) {
      hasRunning = true;
      tally.readyContainers++;
    }
  }
  if (tally.reason === 'Completed' && hasRunning) tally.reason = conditionTrue(status, 'Ready') ? 'Running' : 'NotReady';
}

function terminatedReason(terminated: Json): string {
  if (str(terminated.reason) !== '') return str(terminated.reason);
  return num(terminated.signal) !== 0 ? `Signal:${num(terminated.signal)}` : `ExitCode:${num(terminated.exitCode)}`;
}

function lastTerminationTime(containerStatus: Json): number | undefined {
  const terminated = obj(containerStatus.lastState).terminated;
  return terminated ? timeOf(obj(terminated).finishedAt) : undefined;
}

function later(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b !== undefined && b > a ? b : a;
}

function conditionTrue(status: Json, type: string): boolean {
  const condition = arr(status.conditions).find((c) => str(c.type) === type);
  return condition !== undefined && str(condition.status) === 'True';
}
