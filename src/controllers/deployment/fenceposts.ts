/**
 * The rolling-update arithmetic of pkg/controller/deployment/util/deployment_util.go: ResolveFenceposts,
 * MaxSurge, MaxUnavailable and NewRSNewReplicas (intstr.GetScaledValueFromIntOrPercent for percentages).
 *
 * Worked example, 10 replicas at maxSurge 25% / maxUnavailable 25%: surge = ceil(2.5) = 3 and
 * unavailable = floor(2.5) = 2, so the rollout may run 13 pods and must keep 8 available. At 3 replicas:
 * surge = ceil(0.75) = 1, unavailable = floor(0.75) = 0. At 1 replica with maxSurge 0%: both round to 0,
 * and unavailable becomes 1 so the rollout can move at all.
 */
import type { Deployment, ReplicaSet } from '../../api/schemas';

type IntOrPercent = number | string | undefined;

/** GetScaledValueFromIntOrPercent: `25%` of total, rounded up or down; integers as they are. */
export function scaledValue(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const percent = percentOf(value);
  if (percent === undefined) return Number.parseInt(value, 10) || 0;
  const exact = (percent * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/**
 * The number of a `^(\d+)%$` value, read digit by digit: a Deployment's sync reads its maxSurge and
 * maxUnavailable several times per pod, and a regular expression's match array each time was garbage.
 * Longer digit strings, where accumulating could round differently from Number(), take the expression.
 */
function percentOf(value: string): number | undefined {
  const digits = value.length - 1;
  if (digits < 1 || value.charCodeAt(digits) !== 37 /* % */) return undefined;
  if (digits > 15) {
    const match = /^(\d+)%$/.exec(value);
    return match ? Number(match[1]) : undefined;
  }
  let n = 0;
  for (let i = 0; i < digits; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

export function resolveFenceposts(maxSurge: IntOrPercent, maxUnavailable: IntOrPercent, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  return { surge, unavailable: resolvedUnavailable(surge, maxUnavailable, desired) };
}

/** ResolveFenceposts' unavailable part: 1 when both round to 0, so the rollout can move at all. */
function resolvedUnavailable(surge: number, maxUnavailable: IntOrPercent, desired: number): number {
  const unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  return surge === 0 && unavailable === 0 ? 1 : unavailable;
}

export function isRollingUpdate(d: Deployment): boolean {
  return d.spec?.strategy?.type === 'RollingUpdate';
}

// MaxSurge and MaxUnavailable read the fenceposts without resolveFenceposts' pair object: a sync reads them several times.
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  return scaledValue(d.spec?.strategy?.rollingUpdate?.maxSurge ?? 0, replicasOf(d), true);
}

export function maxUnavailable(d: Deployment): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const rolling = d.spec?.strategy?.rollingUpdate;
  return Math.min(resolvedUnavailable(scaledValue(rolling?.maxSurge ?? 0, replicas, true), rolling?.maxUnavailable, replicas), replicas);
}

/**
 * How big the new ReplicaSet may grow now. RollingUpdate: up to the ceiling replicas+surge counted over the
 * spec.replicas of every RS, never past `replicas`. Example (10 replicas, surge 3): old RS at 10, new at 0 →
 * min(13 − 10, 10 − 0) = 3; once old is at 8 and new at 3 → min(13 − 11, 7) = 2, so new goes to 5.
 */
export function newRSNewReplicas(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d)) return replicas;
  const current = specReplicasSum(allRSs);
  const ceiling = replicas + maxSurge(d);
  const newReplicas = newRS.spec?.replicas ?? 0;
  if (current >= ceiling) return newReplicas;
  return newReplicas + Math.min(ceiling - current, replicas - newReplicas);
}

export function replicasOf(obj: { spec?: { replicas?: number } }): number {
  return obj.spec?.replicas ?? 0;
}

/** GetReplicaCountForReplicaSets: Σ spec.replicas. */
export function specReplicasSum(rss: readonly ReplicaSet[]): number {
  let sum = 0;
  for (let i = 0; i < rss.length; i++) sum += rss[i]!.spec?.replicas ?? 0;
  return sum;
}

export function statusSum(rss: readonly ReplicaSet[], field: 'replicas' | 'readyReplicas' | 'availableReplicas'): number {
  let sum = 0;
  for (let i = 0; i < rss.length; i++) sum += rss[i]!.status?.[field] ?? 0;
  return sum;
}
