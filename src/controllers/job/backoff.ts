/**
 * The delay before a Job replaces failed pods (pkg/controller/job/backoff_utils.go): 10s doubling per
 * failure since the last success, capped at 10 minutes (MaxJobPodFailureBackOff; the docs' "six minutes"
 * is the old queue cap), measured from the last failure's finish time. Kubernetes keeps the failure count
 * in memory; kubespec derives it from the pods themselves, which a Job keeps until it is deleted.
 * Worked example: 3 failures since the last success, the last at 12:00:00 → 10s·2² = 40s → 12:00:40.
 */
import { parseRFC3339 } from '../../clock';
import type { KubeObject } from '../../api';
import { podPhase } from '../pod-readiness';

export const DEFAULT_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 600_000;

/** The backoff after `failures` failures: 10s, 20s, 40s, ... 600s. */
export function backoffFor(failures: number): number {
  if (failures <= 0) return 0;
  let delay = DEFAULT_BACKOFF_MS;
  for (let i = 1; i < failures; i++) {
    delay *= 2;
    if (delay >= MAX_BACKOFF_MS) return MAX_BACKOFF_MS;
  }
  return delay;
}

/** Milliseconds until replacements may be created (0: now), from the Job's failed and succeeded pods. */
export function remainingBackoff(pods: readonly KubeObject[], now: number, countsAsFailed: (pod: KubeObject) => boolean): number {
  const lastSuccess = Math.max(Number.NEGATIVE_INFINITY, ...pods.filter((p) => podPhase(p) === 'Succeeded').map(finishedAt));
  const failures = pods.filter(countsAsFailed).map(finishedAt).filter((t) => t > lastSuccess);
  if (failures.length === 0) return 0;
  const elapsed = now - Math.max(...failures);
  return Math.max(backoffFor(failures.length) - elapsed, 0);
}

/** getFinishedTime: the last container termination, else the Ready=False transition, else the deletion time. */
export function finishedAt(pod: KubeObject): number {
  const status = (pod.status ?? {}) as {
    containerStatuses?: { state?: { terminated?: { finishedAt?: string } } }[];
    conditions?: { type?: string; status?: string; lastTransitionTime?: string }[];
  };
  const terminated = (status.containerStatuses ?? []).map((c) => c.state?.terminated?.finishedAt).filter((t): t is string => !!t);
  if (terminated.length > 0) return Math.max(...terminated.map(parseRFC3339));
  const ready = status.conditions?.find((c) => c.type === 'Ready' && c.status === 'False')?.lastTransitionTime;
  if (ready) return parseRFC3339(ready);
  return parseRFC3339(pod.metadata.deletionTimestamp ?? pod.metadata.creationTimestamp ?? '1970-01-01T00:00:00Z');
}
