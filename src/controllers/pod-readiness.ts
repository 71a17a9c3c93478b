/**
 * Pod readiness and availability as the workload controllers judge them (pkg/api/v1/pod/util.go
 * IsPodReady/IsPodAvailable, pkg/controller/controller_utils.go IsPodActive). The kubelet writes the
 * `Ready` condition; controllers only read it. Times are virtual milliseconds.
 */
import { parseRFC3339 } from '../clock';
import type { KubeObject } from '../api';

interface PodCondition {
  type?: string;
  status?: string;
  lastTransitionTime?: string | null;
}

interface PodStatusView {
  phase?: string;
  conditions?: readonly PodCondition[];
}

export function podPhase(pod: KubeObject): string {
  return (pod.status as PodStatusView | undefined)?.phase ?? 'Pending';
}

export function isPodReady(pod: KubeObject): boolean {
  return podReadyCondition(pod)?.status === 'True';
}

/** When the pod last became Ready (the Ready condition's lastTransitionTime), if it is Ready. */
export function podReadySince(pod: KubeObject): number | undefined {
  const condition = podReadyCondition(pod);
  if (condition?.status !== 'True' || !condition.lastTransitionTime) return undefined;
  return parseRFC3339(condition.lastTransitionTime);
}

/** Ready for at least `minReadySeconds` (IsPodAvailable). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  const at = availableAt(pod, minReadySeconds);
  return at !== undefined && at <= now;
}

/** The instant a Ready pod becomes available, for requeueing at exactly that moment. */
export function availableAt(pod: KubeObject, minReadySeconds: number): number | undefined {
  if (!isPodReady(pod)) return undefined;
  if (minReadySeconds <= 0) return Number.NEGATIVE_INFINITY;
  const since = podReadySince(pod);
  return since === undefined ? undefined : since + minReadySeconds * 1000;
}

/** IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(pod: KubeObject): boolean {
  const phase = podPhase(pod);
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

export function isPodTerminal(pod: KubeObject): boolean {
  const phase = podPhase(pod);
  return phase === 'Succeeded' || phase === 'Failed';
}

/** The pod's Ready condition, if it has one. */
export function podReadyCondition(pod: KubeObject): PodCondition | undefined {
  // A loop, not `find` with a fresh closure: every watch of every pod write asks.
  const conditions = (pod.status as PodStatusView | undefined)?.conditions;
  if (conditions) for (let i = 0; i < conditions.length; i++) if (conditions[i]!.type === 'Ready') return conditions[i];
  return undefined;
}
