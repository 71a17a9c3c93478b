/**
 * The pod conditions the kubelet owns (`pkg/kubelet/status/generate.go`, v1.32):
 * PodReadyToStartContainers, Initialized, Ready and ContainersReady, in that order, followed by
 * PodScheduled (always True from the kubelet). Messages list container names as Go prints a []string:
 * `containers with unready status: [app sidecar]`.
 */
import type { ContainerStatus, Pod, PodCondition } from '../../api/schemas';
import { hasAnyRegularContainerStarted, isSidecar, type PodPhase } from './phase';

export type ConditionDraft = Omit<PodCondition, 'lastProbeTime' | 'lastTransitionTime'>;

/** The kubelet never probes conditions: metav1.Time's zero value marshals as `lastProbeTime: null`. */
const NEVER_PROBED = null as unknown as string;

const list = (names: readonly string[]): string => `[${names.join(' ')}]`;

export function podReadyToStartContainersCondition(sandboxReady: boolean): ConditionDraft {
  return { type: 'PodReadyToStartContainers', status: sandboxReady ? 'True' : 'False' };
}

export function initializedCondition(pod: Pod, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], phase: PodPhase): ConditionDraft {
  const inits = pod.spec?.initContainers ?? [];
  if (inits.length === 0) return { type: 'Initialized', status: 'True' };
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const container of inits) {
    const status = initStatuses.find((s) => s.name === container.name);
    if (!status) unknown.push(container.name ?? '');
    else if (isSidecar(container) ? !status.started : !status.ready) incomplete.push(container.name ?? '');
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: 'True', reason: 'PodCompleted' };
  if (hasAnyRegularContainerStarted(pod, statuses)) return { type: 'Initialized', status: 'True' };
  const messages = [
    ...(unknown.length > 0 ? [`containers with unknown status: ${list(unknown)}`] : []),
    ...(incomplete.length > 0 ? [`containers with incomplete status: ${list(incomplete)}`] : []),
  ];
  if (messages.length === 0) return { type: 'Initialized', status: 'True' };
  return { type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: messages.join(', ') };
}

export function containersReadyCondition(pod: Pod, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], phase: PodPhase): ConditionDraft {
  const unknown: string[] = [];
  const unready: string[] = [];
  const check = (name: string, status: ContainerStatus | undefined) => {
    if (!status) unknown.push(name);
    else if (!status.ready) unready.push(name);
  };
  for (const c of (pod.spec?.initContainers ?? []).filter(isSidecar)) check(c.name ?? '', initStatuses.find((s) => s.name === c.name));
  for (const c of pod.spec?.containers ?? []) check(c.name ?? '', statuses.find((s) => s.name === c.name));
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'ContainersReady', status: 'False', reason: 'PodCompleted' };
  if (phase === 'Failed') return { type: 'ContainersReady', status: 'False', reason: 'PodFailed' };
  const messages = [
    ...(unknown.length > 0 ? [`containers with unknown status: ${list(unknown)}`] : []),
    ...(unready.length > 0 ? [`containers with unready status: ${list(unready)}`] : []),
  ];
  if (messages.length === 0) return { type: 'ContainersReady', status: 'True' };
  return { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: messages.join(', ') };
}

/** Ready copies ContainersReady unless that is True; then every readiness gate's condition must be True. */
export function readyCondition(pod: Pod, containersReady: ConditionDraft, conditions: readonly PodCondition[]): ConditionDraft {
  if (containersReady.status !== 'True') return { ...containersReady, type: 'Ready' };
  const problems: string[] = [];
  for (const gate of pod.spec?.readinessGates ?? []) {
    const condition = conditions.find((c) => c.type === gate.conditionType);
    if (!condition) problems.push(`corresponding condition of pod readiness gate "${gate.conditionType}" does not exist.`);
    else if (condition.status !== 'True') problems.push(`the status of pod readiness gate "${gate.conditionType}" is not "True", but ${condition.status}`);
  }
  if (problems.length === 0) return { type: 'Ready', status: 'True' };
  return { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: problems.join(', ') };
}

/** status_manager.go updateLastTransitionTime: the time moves only when the status changes. */
export function withTransitionTimes(drafts: readonly ConditionDraft[], old: readonly PodCondition[], now: string): PodCondition[] {
  return drafts.map((draft) => {
    const before = old.find((c) => c.type === draft.type);
    const since = before && before.status === draft.status ? before.lastTransitionTime : now;
    return { ...draft, lastProbeTime: NEVER_PROBED, lastTransitionTime: since };
  });
}
