/**
 * The DefaultTolerationSeconds admission plugin (plugin/pkg/admission/defaulttolerationseconds): a pod that
 * does not already tolerate them gets NoExecute tolerations of 300s for the not-ready and unreachable taints,
 * so it is evicted 5 minutes after its node fails. The API server calls this on pod creation only.
 */
import { deepFreeze } from '../deep-freeze';
import { withFields } from '../with-fields';
import type { Pod, Toleration } from '../schemas';

const DEFAULT_TOLERATION_SECONDS = 300;
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

const added = (key: string): Toleration => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
const NOT_READY_TOLERATION = deepFreeze(added(NOT_READY));
const UNREACHABLE_TOLERATION = deepFreeze(added(UNREACHABLE));
/** What a pod without tolerations ends up with (most pods): one frozen list that every such pod shares. */
const BOTH = deepFreeze([NOT_READY_TOLERATION, UNREACHABLE_TOLERATION]);

/** Returns a new pod with the default tolerations appended (not-ready first, then unreachable). */
export function defaultTolerationSeconds(pod: Pod): Pod {
  const tolerations = pod.spec?.tolerations;
  const withDefaults = withDefaultTolerations(tolerations);
  if (withDefaults === tolerations) return pod;
  return withFields(pod, { spec: withFields(pod.spec ?? {}, { tolerations: withDefaults }) });
}

/** `tolerations` with the missing defaults appended; `tolerations` itself when none is missing. */
export function withDefaultTolerations(tolerations: Toleration[] | undefined): Toleration[] | undefined {
  if (!tolerations || tolerations.length === 0) return BOTH as Toleration[];
  const out = [...tolerations];
  if (!tolerations.some((t) => tolerates(t, NOT_READY))) out.push(NOT_READY_TOLERATION);
  if (!tolerations.some((t) => tolerates(t, UNREACHABLE))) out.push(UNREACHABLE_TOLERATION);
  return out.length === tolerations.length ? tolerations : out;
}

/** An empty key or effect counts as a wildcard, as the plugin checks it. */
function tolerates(toleration: Toleration, key: string): boolean {
  return (!toleration.key || toleration.key === key) && (!toleration.effect || toleration.effect === 'NoExecute');
}
