/**
 * The DefaultTolerationSeconds admission plugin (plugin/pkg/admission/defaulttolerationseconds): a pod that
 * does not already tolerate them gets NoExecute tolerations of 300s for the not-ready and unreachable taints,
 * so it is evicted 5 minutes after its node fails. The API server calls this on pod creation only.
 */
import type { Pod, Toleration } from '../schemas';

const DEFAULT_TOLERATION_SECONDS = 300;
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** Returns a new pod with the default tolerations appended (not-ready first, then unreachable). */
export function defaultTolerationSeconds(pod: Pod): Pod {
  const tolerations = pod.spec?.tolerations ?? [];
  const added = [NOT_READY, UNREACHABLE]
    .filter((key) => !tolerations.some((t) => tolerates(t, key)))
    .map((key): Toleration => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS }));
  if (added.length === 0) return pod;
  return { ...pod, spec: { ...pod.spec, tolerations: [...tolerations, ...added] } };
}

/** An empty key or effect counts as a wildcard, as the plugin checks it. */
function tolerates(toleration: Toleration, key: string): boolean {
  return (!toleration.key || toleration.key === key) && (!toleration.effect || toleration.effect === 'NoExecute');
}
