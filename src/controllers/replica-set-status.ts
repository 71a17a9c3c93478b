/**
 * calculateStatus (pkg/controller/replicaset/replica_set_utils.go), pure: counts of the claimed active pods,
 * with zero counts left out as Go's `omitempty` leaves them out (`replicas` is always written).
 * The ReplicaFailure condition that a failed create sets in Kubernetes is not derived here: create failures
 * surface as FailedCreate events from the runner (see docs/decisions on the action model).
 */
import type { KubeObject } from '../api';
import { isEmptyValue } from './omit-empty';
import { availableAt, isPodAvailable, isPodReady } from './pod-readiness';
import { mapSelector } from './spec-selector';

export interface ReplicaSetLike extends KubeObject {
  spec?: { replicas?: number; minReadySeconds?: number; template?: { metadata?: { labels?: Record<string, string> } } };
  status?: Record<string, unknown>;
}

export interface ReplicaCounts {
  replicas: number;
  fullyLabeledReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
}

export function countReplicas(rs: ReplicaSetLike, pods: readonly KubeObject[], now: number): ReplicaCounts {
  const templateLabels = mapSelector(rs.spec?.template?.metadata?.labels);
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const counts = { replicas: pods.length, fullyLabeledReplicas: 0, readyReplicas: 0, availableReplicas: 0 };
  for (const pod of pods) {
    if (templateLabels.matches(pod.metadata.labels)) counts.fullyLabeledReplicas++;
    if (!isPodReady(pod)) continue;
    counts.readyReplicas++;
    if (isPodAvailable(pod, minReady, now)) counts.availableReplicas++;
  }
  return counts;
}

export function replicaSetStatus(rs: ReplicaSetLike, pods: readonly KubeObject[], now: number): Record<string, unknown> {
  return replicaSetStatusFromCounts(rs, countReplicas(rs, pods, now));
}

/** The status in omitEmpty's field order, each zero field left out as it would (built directly: it runs on every sync). */
export function replicaSetStatusFromCounts(rs: ReplicaSetLike, counts: ReplicaCounts): Record<string, unknown> {
  const status: Record<string, unknown> = { replicas: counts.replicas };
  if (counts.fullyLabeledReplicas !== 0) status.fullyLabeledReplicas = counts.fullyLabeledReplicas;
  if (counts.readyReplicas !== 0) status.readyReplicas = counts.readyReplicas;
  if (counts.availableReplicas !== 0) status.availableReplicas = counts.availableReplicas;
  if (!isEmptyValue(rs.metadata.generation)) status.observedGeneration = rs.metadata.generation;
  const conditions = rs.status?.conditions;
  if (!isEmptyValue(conditions)) status.conditions = conditions;
  return status;
}

/**
 * With minReadySeconds, a Ready pod turns available later without any event: the controller requeues
 * itself for the earliest such instant (k8s requeues after minReadySeconds; kubespec aims exactly).
 */
export function nextAvailabilityCheck(rs: ReplicaSetLike, pods: readonly KubeObject[], now: number): number | undefined {
  const minReady = rs.spec?.minReadySeconds ?? 0;
  if (minReady <= 0) return undefined;
  const pending = pods.map((p) => availableAt(p, minReady)).filter((t): t is number => t !== undefined && t > now);
  return pending.length > 0 ? Math.min(...pending) - now : undefined;
}
