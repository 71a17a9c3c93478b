/**
 * Which pod `kubectl logs` and `kubectl exec` talk to (kubectl `pkg/polymorphichelpers` logsForObject and
 * attachablePodForObject, `pkg/cmd/util/podcmd`): a pod directly, or for a workload or Service the first of
 * its pods as `podutils.ByLogging` orders them (`Found 3 pods, using pod/web-1` on stderr); and which
 * container, defaulting to the annotated or first one with kubectl's `Defaulted container` notice.
 */
import { selectorFromMap, selectorFromObject, type Selector, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { parseResourceArgs } from '../resource-args';
import { compareGoStrings } from '../../api/go-string-order';

export function resolveTarget(context: CommandContext, target: string): StoredObject<Pod> {
  const [request] = parseResourceArgs(target.includes('/') ? [target] : ['pods', target]);
  const name = request!.names[0] ?? '';
  const obj = context.cluster.api.get(request!.info.kind, context.namespace, name, { user: context.user });
  if (obj.kind === 'Pod') return obj as StoredObject<Pod>;
  const selector = selectorOf(obj);
  if (!selector) throw new KubectlError(`error: cannot get the logs from ${obj.kind}: selector for ${obj.kind.toLowerCase()} is not supported`);
  const pods = sortByLogging(podsMatching(context, selector));
  if (pods.length === 0) throw new KubectlError(`error: timed out waiting for the condition`);
  if (pods.length > 1) context.output.err(`Found ${pods.length} pods, using pod/${pods[0]!.metadata.name}`);
  return pods[0]!;
}

export function podsMatching(context: CommandContext, selector: Selector): StoredObject<Pod>[] {
  return context.cluster.api.list('Pod', context.namespace, { user: context.user, labelSelector: selector }) as StoredObject<Pod>[];
}

function selectorOf(obj: StoredObject): Selector | undefined {
  const spec = (obj.spec ?? {}) as { selector?: unknown };
  if (obj.kind === 'Service' || obj.kind === 'ReplicationController') return spec.selector ? selectorFromMap(spec.selector as Record<string, string>) : undefined;
  return selectorFromObject(spec.selector as Parameters<typeof selectorFromObject>[0]);
}

/** podutils.ByLogging: scheduled before not, Running before Unknown before Pending, ready first, more restarts, then older. */
export function sortByLogging(pods: StoredObject<Pod>[]): StoredObject<Pod>[] {
  const phaseRank = (p: Pod) => ({ Running: 0, Unknown: 1, Pending: 2 })[p.status?.phase as 'Running'] ?? 3;
  const ready = (p: Pod) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  const restarts = (p: Pod) => (p.status?.containerStatuses ?? []).reduce((n, c) => Math.max(n, c.restartCount ?? 0), 0);
  return [...pods].sort(
    (a, b) =>
      Number(!a.spec?.nodeName) - Number(!b.spec?.nodeName) ||
      phaseRank(a) - phaseRank(b) ||
      Number(ready(b)) - Number(ready(a)) ||
      restarts(b) - restarts(a) ||
      compareGoStrings(a.metadata.creationTimestamp, b.metadata.creationTimestamp),
  );
}

/** podcmd.AllContainerNames: `a, b, sidecar (init)`. */
export function allContainerNames(pod: Pod): string {
  return [...(pod.spec?.containers ?? []).map((c) => c.name), ...(pod.spec?.initContainers ?? []).map((c) => `${c.name} (init)`)].join(', ');
}

/** The annotated default container, else the first, with kubectl's notice when the choice was not obvious. */
export function defaultContainer(context: CommandContext, pod: Pod, quiet = false): string {
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  const names = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].map((c) => c.name);
  if (annotated && names.includes(annotated)) return annotated;
  const first = pod.spec?.containers?.[0]?.name ?? '';
  const several = (pod.spec?.containers ?? []).length > 1 || (pod.spec?.initContainers ?? []).length > 0;
  if (several && !quiet) context.output.err(`Defaulted container "${first}" out of: ${allContainerNames(pod)}`);
  return first;
}
