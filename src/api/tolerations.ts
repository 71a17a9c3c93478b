/**
 * Taint/toleration matching as `k8s.io/api/core/v1/toleration.go` (ToleratesTaint) and
 * `pkg/apis/core/v1/helper/helpers.go` (FindMatchingUntoleratedTaint, GetMatchingTolerations) define it.
 * It lives in the API layer, as in Kubernetes, because the scheduler, the taint-eviction controller and the
 * DaemonSet controller all need the same rule.
 */
import type { Taint, Toleration } from './schemas';

/** An empty key with operator Exists matches every taint; an empty effect matches every effect. */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key !== undefined && toleration.key !== '' && toleration.key !== taint.key) return false;
  switch (toleration.operator || 'Equal') {
    case 'Exists':
      return true;
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    default:
      return false;
  }
}

export function tolerationsTolerateTaint(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/** The first taint (in node order) accepted by `filter` that no toleration matches. */
export function findUntoleratedTaint(taints: readonly Taint[] | undefined, tolerations: readonly Toleration[] | undefined, filter: (t: Taint) => boolean): Taint | undefined {
  return (taints ?? []).find((taint) => filter(taint) && !tolerationsTolerateTaint(tolerations, taint));
}

/**
 * GetMatchingTolerations: whether every taint is tolerated, and the tolerations that did it (the first
 * matching toleration per taint), from which the taint-eviction controller takes the shortest tolerationSeconds.
 */
export function matchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[] | undefined): { allTolerated: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const match = (tolerations ?? []).find((t) => toleratesTaint(t, taint));
    if (!match) return { allTolerated: false, used: [] };
    used.push(match);
  }
  return { allTolerated: true, used };
}

/** `{key: value}` as the scheduler prints a taint in `had untolerated taint {k: v}`. */
export function formatTaintForScheduler(taint: Taint): string {
  return `{${taint.key ?? ''}: ${taint.value ?? ''}}`;
}
