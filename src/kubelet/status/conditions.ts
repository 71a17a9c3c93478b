/**
 * The pod conditions the kubelet owns (`pkg/kubelet/status/generate.go`, v1.32):
 * PodReadyToStartContainers, Initialized, Ready and ContainersReady, in that order, followed by
 * PodScheduled (always True from the kubelet). Messages list container names as Go prints a []string:
 * `containers with unready status: [app sidecar]`.
 */
import type { Container, ContainerStatus, Pod, PodCondition } from '../../api/schemas';
import { hasAnyRegularContainerStarted, isSidecar, type PodPhase } from './phase';
import { BoundedMemo } from '../../api/bounded-memo';

export type ConditionDraft = Omit<PodCondition, 'lastProbeTime' | 'lastTransitionTime'>;

/** The kubelet never probes conditions: metav1.Time's zero value marshals as `lastProbeTime: null`. */
const NEVER_PROBED = null as unknown as string;

const list = (names: readonly string[]): string => `[${names.join(' ')}]`;

/** The drafts that carry no message, shared by every pod (a draft is never changed after it is made). */
const fixedDraft = (type: string, status: string, reason?: string): ConditionDraft => Object.freeze(reason ? { type, status, reason } : { type, status });
const SANDBOX_READY = fixedDraft('PodReadyToStartContainers', 'True');
const SANDBOX_NOT_READY = fixedDraft('PodReadyToStartContainers', 'False');
const INITIALIZED = fixedDraft('Initialized', 'True');
const INITIALIZED_COMPLETED = fixedDraft('Initialized', 'True', 'PodCompleted');
const CONTAINERS_READY = fixedDraft('ContainersReady', 'True');
const CONTAINERS_COMPLETED = fixedDraft('ContainersReady', 'False', 'PodCompleted');
const CONTAINERS_FAILED = fixedDraft('ContainersReady', 'False', 'PodFailed');
const READY = fixedDraft('Ready', 'True');
export const POD_SCHEDULED = fixedDraft('PodScheduled', 'True');

/** The message of a condition that lists containers by what is missing: unknown, then incomplete or unready. */
function containersMessage(unknown: readonly string[], other: readonly string[], otherWord: string): string {
  const unknownPart = unknown.length > 0 ? `containers with unknown status: ${list(unknown)}` : '';
  const otherPart = other.length > 0 ? `containers with ${otherWord} status: ${list(other)}` : '';
  return unknownPart && otherPart ? `${unknownPart}, ${otherPart}` : unknownPart || otherPart;
}

export function statusNamed(statuses: readonly ContainerStatus[], name: string | undefined): ContainerStatus | undefined {
  for (let i = 0; i < statuses.length; i++) if (statuses[i]!.name === name) return statuses[i];
  return undefined;
}

const NO_CONTAINERS: readonly Container[] = Object.freeze([]);

export function podReadyToStartContainersCondition(sandboxReady: boolean): ConditionDraft {
  return sandboxReady ? SANDBOX_READY : SANDBOX_NOT_READY;
}

export function initializedCondition(pod: Pod, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], phase: PodPhase): ConditionDraft {
  const inits = pod.spec?.initContainers ?? NO_CONTAINERS;
  if (inits.length === 0) return INITIALIZED;
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (let i = 0; i < inits.length; i++) {
    const container = inits[i]!;
    const status = statusNamed(initStatuses, container.name);
    if (!status) unknown.push(container.name ?? '');
    else if (isSidecar(container) ? !status.started : !status.ready) incomplete.push(container.name ?? '');
  }
  if (phase === 'Succeeded' && unknown.length === 0) return INITIALIZED_COMPLETED;
  if (hasAnyRegularContainerStarted(pod, statuses)) return INITIALIZED;
  const message = containersMessage(unknown, incomplete, 'incomplete');
  if (!message) return INITIALIZED;
  return { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message };
}

export function containersReadyCondition(pod: Pod, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], phase: PodPhase): ConditionDraft {
  let unknown: string[] | undefined;
  let unready: string[] | undefined;
  // Sidecars (restartable init containers) count, then the regular containers, in spec order.
  const inits = pod.spec?.initContainers ?? NO_CONTAINERS;
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i]!;
    if (!isSidecar(c)) continue;
    const status = statusNamed(initStatuses, c.name);
    if (!status) unknown = append(unknown, c.name ?? '');
    else if (!status.ready) unready = append(unready, c.name ?? '');
  }
  const containers = pod.spec?.containers ?? NO_CONTAINERS;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    const status = statusNamed(statuses, c.name);
    if (!status) unknown = append(unknown, c.name ?? '');
    else if (!status.ready) unready = append(unready, c.name ?? '');
  }
  if (phase === 'Succeeded' && !unknown) return CONTAINERS_COMPLETED;
  if (phase === 'Failed') return CONTAINERS_FAILED;
  if (!unknown && !unready) return CONTAINERS_READY;
  if (!unknown && unready!.length === 1) return oneUnready(unready![0]!);
  return { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: containersMessage(unknown ?? [], unready ?? [], 'unready') };
}

/** `[name]`, exact-size, for a first name (a push into `[]` would make 17 slots); later names are pushed. */
function append(names: string[] | undefined, name: string): string[] {
  if (!names) return [name];
  names.push(name);
  return names;
}

/**
 * ContainersReady with one unready container and none unknown (every starting single-container pod, twice):
 * one frozen draft per container name rather than a list, a message and a draft per generation. A process
 * sees a handful of names; the table is simply emptied should it ever hold a thousand.
 */
function oneUnready(name: string): ConditionDraft {
  return ONE_UNREADY.getOrCompute(name, oneUnreadyDraft);
}

function oneUnreadyDraft(name: string): ConditionDraft {
  return Object.freeze({ type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: containersMessage(NO_NAMES, [name], 'unready') });
}

const ONE_UNREADY = new BoundedMemo<string, ConditionDraft>(1000);
const NO_NAMES: readonly string[] = Object.freeze([]);

/** `{ ...containersReady, type: 'Ready' }`, made once per frozen (shared) draft. */
function readyCopy(containersReady: ConditionDraft): ConditionDraft {
  if (!Object.isFrozen(containersReady)) return { ...containersReady, type: 'Ready' };
  let copy = READY_COPIES.get(containersReady);
  if (!copy) READY_COPIES.set(containersReady, (copy = Object.freeze({ ...containersReady, type: 'Ready' })));
  return copy;
}

const READY_COPIES = new WeakMap<ConditionDraft, ConditionDraft>();

/** Ready copies ContainersReady unless that is True; then every readiness gate's condition must be True. */
export function readyCondition(pod: Pod, containersReady: ConditionDraft, conditions: readonly PodCondition[]): ConditionDraft {
  if (containersReady.status !== 'True') return readyCopy(containersReady);
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return READY;
  const problems: string[] = [];
  for (const gate of gates) {
    const condition = conditions.find((c) => c.type === gate.conditionType);
    if (!condition) problems.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    else if (condition.status !== 'True') problems.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${condition.status}`);
  }
  if (problems.length === 0) return READY;
  return { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: problems.join(', ') };
}

/**
 * status_manager.go updateLastTransitionTime: the time moves only when the status changes. A condition
 * equal to the one the pod has (Semantic.DeepEqual) is that one, so an unchanged condition allocates nothing.
 */
export function withTransitionTime(draft: ConditionDraft, old: readonly PodCondition[], now: string): PodCondition {
  let before: PodCondition | undefined;
  for (let i = 0; i < old.length; i++) {
    if (old[i]!.type === draft.type) {
      before = old[i];
      break;
    }
  }
  if (!before || before.status !== draft.status) return timedCondition(draft, now);
  if (isSameCondition(before, draft)) return before;
  return timedCondition(draft, before.lastTransitionTime);
}

/**
 * `{ ...draft, lastProbeTime, lastTransitionTime }`. For a shared (frozen) draft, pods whose condition changed
 * in the same second get the same frozen condition: the store keeps it as given (it freezes what it stores), so
 * a Deployment's pods turning Ready together hold one `Ready` condition, not ≈ 56 B each.
 */
function timedCondition(draft: ConditionDraft, since: string | undefined): PodCondition {
  if (since === undefined || !Object.isFrozen(draft)) return newTimedCondition(draft, since);
  const last = LAST_TIMED.get(draft);
  if (last?.lastTransitionTime === since) return last;
  const made = Object.freeze(newTimedCondition(draft, since));
  LAST_TIMED.set(draft, made);
  return made;
}

/** The last condition made from each frozen draft (its second is the one most pods changing now share). */
const LAST_TIMED = new WeakMap<ConditionDraft, PodCondition>();

/** Built in one of four fixed shapes (same key order). */
function newTimedCondition(draft: ConditionDraft, since: string | undefined): PodCondition {
  const { type, status, reason, message } = draft;
  if (reason === undefined) {
    return message === undefined ? { type, status, lastProbeTime: NEVER_PROBED, lastTransitionTime: since } : { type, status, message, lastProbeTime: NEVER_PROBED, lastTransitionTime: since };
  }
  return message === undefined ? { type, status, reason, lastProbeTime: NEVER_PROBED, lastTransitionTime: since } : { type, status, reason, message, lastProbeTime: NEVER_PROBED, lastTransitionTime: since };
}

/** `before` holds exactly the draft's fields, never probed (its transition time is the one to keep). */
function isSameCondition(before: PodCondition, draft: ConditionDraft): boolean {
  if (before.reason !== draft.reason || before.message !== draft.message || before.lastProbeTime !== NEVER_PROBED) return false;
  let fields = 0;
  for (const key in before) if ((before as Record<string, unknown>)[key] !== undefined) fields++;
  const expected = 3 + (draft.reason === undefined ? 0 : 1) + (draft.message === undefined ? 0 : 1) + (before.lastTransitionTime === undefined ? 0 : 1);
  return fields === expected;
}
