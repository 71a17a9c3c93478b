/**
 * How watch events reach the scheduling queue (`pkg/scheduler/eventhandlers.go` and the plugins'
 * EventsToRegister/QueueingHints): unassigned pods are added, updated or forgotten; a node that appears or
 * changes what scheduling looks at, and an assigned pod that leaves or arrives, move the unschedulable pods
 * that the change may help. A node heartbeat (status conditions only) moves nothing.
 */
import type { ObjectKey, StoredObject, WatchEvent } from '../api';
import type { Node, Pod } from '../api/schemas';
import type { SchedulingEnv } from './framework';
import type { NodeInfo } from './node-info';
import { FILTER_PLUGINS } from './plugins';
import { podHostPorts } from './node-info';
import { podResourceRequests } from './resources';
import { isTerminal } from './scheduler-cache';
import type { SchedulingQueue } from './scheduling-queue';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

/** An unassigned pod this scheduler should place. */
export function isPendingForUs(pod: StoredObject<Pod>): boolean {
  return !pod.spec?.nodeName && (pod.spec?.schedulerName ?? DEFAULT_SCHEDULER_NAME) === DEFAULT_SCHEDULER_NAME && !pod.metadata.deletionTimestamp && !isTerminal(pod);
}

export function podKey(pod: StoredObject): ObjectKey {
  return `Pod/${pod.metadata.namespace}/${pod.metadata.name}` as ObjectKey;
}

/** Routes one Pod watch event. */
export function handlePodEvent(event: WatchEvent, queue: SchedulingQueue, hints: QueueingHints): void {
  const pod = event.object as StoredObject<Pod>;
  const old = event.oldObject as StoredObject<Pod> | undefined;
  const key = podKey(pod);
  const pendingNow = event.type !== 'DELETED' && isPendingForUs(pod);
  const pendingBefore = event.type !== 'ADDED' && old !== undefined && isPendingForUs(old);
  if (pendingNow && (!pendingBefore || isPodUpdated(old!, pod))) queue.add(key);
  if (!pendingNow && pendingBefore) queue.forget(key);
  const assignedBefore = event.type !== 'ADDED' && !!old?.spec?.nodeName && !isTerminal(old);
  const assignedNow = event.type !== 'DELETED' && !!pod.spec?.nodeName && !isTerminal(pod);
  if (assignedBefore && !assignedNow) queue.moveIf((_, rejectors) => hints.assignedPodDeleted(rejectors));
  if (assignedNow && !assignedBefore) queue.moveIf((_, rejectors) => rejectors.has('InterPodAffinity'));
}

/** Routes one Node watch event (after the cache has seen it). */
export function handleNodeEvent(event: WatchEvent, queue: SchedulingQueue, hints: QueueingHints): void {
  if (event.type === 'DELETED') return;
  const node = event.object as StoredObject<Node>;
  if (event.type === 'MODIFIED' && !nodeSchedulingPropertiesChanged(event.oldObject as StoredObject<Node>, node)) return;
  queue.moveIf((key, rejectors) => hints.nodeMayHelp(key, node.metadata.name, rejectors));
}

/** isPodUpdated: anything but status and bookkeeping changed (our own status patch must not re-queue the pod). */
function isPodUpdated(old: StoredObject<Pod>, pod: StoredObject<Pod>): boolean {
  if (old.spec === pod.spec && old.metadata.labels === pod.metadata.labels && old.metadata.annotations === pod.metadata.annotations) return false;
  const strip = (p: StoredObject<Pod>) => JSON.stringify([p.spec, p.metadata.labels, p.metadata.annotations]);
  return strip(old) !== strip(pod);
}

/** nodeSchedulingPropertiesChange: allocatable, labels, taints or `unschedulable` (heartbeats are ignored). */
function nodeSchedulingPropertiesChanged(old: StoredObject<Node> | undefined, node: StoredObject<Node>): boolean {
  if (!old) return true;
  const props = (n: StoredObject<Node>) => JSON.stringify([n.metadata.labels, n.spec?.taints, n.spec?.unschedulable ?? false, n.status?.allocatable]);
  return props(old) !== props(node);
}

/** The plugins' QueueingHints, answered by re-running the rejecting plugins against the changed node. */
export class QueueingHints {
  constructor(
    private readonly env: SchedulingEnv,
    private readonly getPod: (key: ObjectKey) => StoredObject<Pod> | undefined,
  ) {}

  nodeMayHelp(key: ObjectKey, nodeName: string, rejectors: ReadonlySet<string>): boolean {
    const pod = this.getPod(key);
    const node = this.env.cache.nodeInfo(nodeName);
    if (!pod || !node) return false;
    const info = { pod, ...podResourceRequests(pod), hostPorts: podHostPorts(pod) };
    return FILTER_PLUGINS.some((plugin) => rejectors.has(plugin.name) && this.passes(plugin.preFilter(info, this.env), node));
  }

  assignedPodDeleted(rejectors: ReadonlySet<string>): boolean {
    return rejectors.has('NodeResourcesFit') || rejectors.has('NodePorts') || rejectors.has('InterPodAffinity');
  }

  private passes(outcome: ReturnType<(typeof FILTER_PLUGINS)[number]['preFilter']>, node: NodeInfo): boolean {
    if (outcome.kind === 'skip') return true;
    if (outcome.kind === 'reject') return false;
    return (!outcome.nodeNames || outcome.nodeNames.has(node.name)) && outcome.filter(node) === undefined;
  }
}
