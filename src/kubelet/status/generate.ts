/**
 * The pod status the kubelet reports (`pkg/kubelet/kubelet_pods.go` generateAPIPodStatus and the
 * status manager's merge, v1.32), as a pure function of the pod, the kubelet's runtime view and the
 * instant: container statuses, phase (a terminal phase is never left), the kubelet's conditions (others'
 * conditions such as DisruptionTarget are kept), IPs and startTime.
 */
import type { ContainerStatus, Pod, PodCondition, PodStatus } from '../../api/schemas';
import { toRFC3339 } from '../../clock';
import type { PodState } from '../pod-state';
import { containersReadyCondition, initializedCondition, POD_SCHEDULED, podReadyToStartContainersCondition, readyCondition, withTransitionTime } from './conditions';
import { containerStatuses } from './container-statuses';
import { getPhase, type PodPhase } from './phase';

/** The conditions the kubelet owns (a switch: no Set lookup hashing each condition's type per generation). */
function isKubeletCondition(type: string | undefined): boolean {
  switch (type) {
    case 'PodReadyToStartContainers':
    case 'Initialized':
    case 'Ready':
    case 'ContainersReady':
    case 'PodScheduled':
      return true;
    default:
      return false;
  }
}

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
  const old = pod.status ?? NO_STATUS;
  const initStatuses = containerStatuses(pod, state, true);
  const statuses = containerStatuses(pod, state, false);
  const phase = podPhase(inputs, initStatuses, statuses);
  const conditions = podConditions(inputs, initStatuses, statuses, phase);
  const reason = inputs.evicted ?? (old.reason ? { reason: old.reason, message: old.message ?? '' } : undefined);
  // Field by field onto a copy of the old status: the key order of `{ ...old, reason?, message?, phase, … }`
  // without a temporary object per optional group (3–4× cheaper than that literal on V8 11.3).
  const status: PodStatus = { ...old };
  if (reason) {
    status.reason = reason.reason;
    status.message = reason.message;
  }
  status.phase = phase;
  status.conditions = conditions;
  status.hostIP = inputs.hostIP;
  status.hostIPs = hostIPsOf(inputs.hostIP);
  const ip = pod.spec?.hostNetwork ? inputs.hostIP : (state.sandbox?.podIP ?? old.podIP);
  if (ip) {
    status.podIP = ip;
    status.podIPs = podIPsOf(ip, old.podIPs);
  }
  status.startTime = old.startTime ?? toRFC3339(state.startTime ?? now);
  if (initStatuses.length > 0) status.initContainerStatuses = initStatuses;
  status.containerStatuses = statuses;
  return status;
}

/** Others' conditions (DisruptionTarget…) first, then the kubelet's, an unchanged one being the pod's own object. */
function podConditions(inputs: StatusInputs, initStatuses: readonly ContainerStatus[], statuses: readonly ContainerStatus[], phase: PodPhase): PodCondition[] {
  const { pod, state } = inputs;
  const old = pod.status?.conditions ?? NO_CONDITIONS;
  let others = 0;
  for (let i = 0; i < old.length; i++) if (!isKubeletCondition(old[i]!.type)) others++;
  const now = toRFC3339(inputs.now);
  const containersReady = containersReadyCondition(pod, initStatuses, statuses, phase);
  const sandboxReady = withTransitionTime(podReadyToStartContainersCondition(state.sandbox !== undefined), old, now);
  const initialized = withTransitionTime(initializedCondition(pod, initStatuses, statuses, phase), old, now);
  const ready = withTransitionTime(readyCondition(pod, containersReady, old), old, now);
  const containers = withTransitionTime(containersReady, old, now);
  const scheduled = withTransitionTime(POD_SCHEDULED, old, now);
  // One exact-size literal when no other component added a condition (the usual case), not a pushed array.
  if (others === 0) return [sandboxReady, initialized, ready, containers, scheduled];
  const conditions: PodCondition[] = [];
  for (let i = 0; i < old.length; i++) if (!isKubeletCondition(old[i]!.type)) conditions.push(old[i]!);
  conditions.push(sandboxReady, initialized, ready, containers, scheduled);
  return conditions;
}

const NO_CONDITIONS: readonly PodCondition[] = Object.freeze([]);

/** Frozen, like a stored status: a copy of a non-frozen object that then gains fields costs a hidden class per call. */
const NO_STATUS: PodStatus = Object.freeze({});

/** A node's `hostIPs` list, frozen and shared by the statuses of all its pods. */
const HOST_IPS = new Map<string, PodStatus['hostIPs']>();

function hostIPsOf(ip: string): PodStatus['hostIPs'] {
  let list = HOST_IPS.get(ip);
  if (!list) HOST_IPS.set(ip, (list = Object.freeze([Object.freeze({ ip })]) as PodStatus['hostIPs']));
  return list;
}

/**
 * `[{ ip }]`, or the old status's own list when it is exactly that: the stored status keeps it (a write shares
 * what is equal), so after the first write a pod's generations hand the stored list instead of a new one.
 */
function podIPsOf(ip: string, old: PodStatus['podIPs']): PodStatus['podIPs'] {
  const first = old?.length === 1 ? old[0] : undefined;
  if (first?.ip === ip && onlyKeyIsIp(first)) return old;
  return [{ ip }];
}

function onlyKeyIsIp(entry: object): boolean {
  for (const key in entry) if (key !== 'ip') return false;
  return true;
}

function podPhase(inputs: StatusInputs, initStatuses: ReturnType<typeof containerStatuses>, statuses: ReturnType<typeof containerStatuses>): PodPhase {
  const oldPhase = inputs.pod.status?.phase;
  if (oldPhase === 'Succeeded' || oldPhase === 'Failed') return oldPhase;
  if (inputs.evicted) return 'Failed';
  return getPhase(inputs.pod, initStatuses, statuses, inputs.podIsTerminal, inputs.isStaticPod);
}
