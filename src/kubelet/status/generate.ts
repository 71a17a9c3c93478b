/**
 * The pod status the kubelet reports (`pkg/kubelet/kubelet_pods.go` generateAPIPodStatus and the
 * status manager's merge, v1.32), as a pure function of the pod, the kubelet's runtime view and the
 * instant: container statuses, phase (a terminal phase is never left), the kubelet's conditions (others'
 * conditions such as DisruptionTarget are kept), IPs and startTime.
 */
import type { Pod, PodCondition, PodStatus } from '../../api/schemas';
import { toRFC3339 } from '../../clock';
import type { PodState } from '../pod-state';
import { containersReadyCondition, initializedCondition, podReadyToStartContainersCondition, readyCondition, withTransitionTimes } from './conditions';
import { containerStatuses } from './container-statuses';
import { getPhase, type PodPhase } from './phase';

const KUBELET_CONDITIONS = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);

export interface StatusInputs {
  readonly pod: Pod;
  readonly state: PodState;
  /** The node's InternalIP (hostIP, and podIP for hostNetwork pods). */
  readonly hostIP: string;
  readonly now: number;
  /** A deleted or evicted pod whose containers have all stopped. */
  readonly podIsTerminal: boolean;
  readonly isStaticPod?: boolean;
  /** Set by the active-deadline and eviction handlers: the pod fails with this reason and message. */
  readonly evicted?: { readonly reason: string; readonly message: string };
}

export function generatePodStatus(inputs: StatusInputs): PodStatus {
  const { pod, state, now } = inputs;
  const old = pod.status ?? {};
  const initStatuses = containerStatuses(pod, state, true);
  const statuses = containerStatuses(pod, state, false);
  const phase = podPhase(inputs, initStatuses, statuses);
  const others = (old.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type ?? ''));
  const containersReady = containersReadyCondition(pod, initStatuses, statuses, phase);
  const drafts = [
    podReadyToStartContainersCondition(state.sandbox !== undefined),
    initializedCondition(pod, initStatuses, statuses, phase),
    readyCondition(pod, containersReady, old.conditions ?? []),
    containersReady,
    { type: 'PodScheduled', status: 'True' },
  ];
  const conditions: PodCondition[] = [...others, ...withTransitionTimes(drafts, old.conditions ?? [], toRFC3339(now))];
  const reason = inputs.evicted ?? (old.reason ? { reason: old.reason, message: old.message ?? '' } : undefined);
  return {
    ...old,
    ...(reason ? { reason: reason.reason, message: reason.message } : {}),
    phase,
    conditions,
    hostIP: inputs.hostIP,
    hostIPs: [{ ip: inputs.hostIP }],
    ...podIPs(pod, state, inputs.hostIP),
    startTime: old.startTime ?? toRFC3339(state.startTime ?? now),
    ...(initStatuses.length > 0 ? { initContainerStatuses: initStatuses } : {}),
    containerStatuses: statuses,
  };
}

function podPhase(inputs: StatusInputs, initStatuses: ReturnType<typeof containerStatuses>, statuses: ReturnType<typeof containerStatuses>): PodPhase {
  const oldPhase = inputs.pod.status?.phase;
  if (oldPhase === 'Succeeded' || oldPhase === 'Failed') return oldPhase;
  if (inputs.evicted) return 'Failed';
  return getPhase(inputs.pod, initStatuses, statuses, inputs.podIsTerminal, inputs.isStaticPod);
}

function podIPs(pod: Pod, state: PodState, hostIP: string): Pick<PodStatus, 'podIP' | 'podIPs'> {
  const ip = pod.spec?.hostNetwork ? hostIP : (state.sandbox?.podIP ?? pod.status?.podIP);
  return ip ? { podIP: ip, podIPs: [{ ip }] } : {};
}
