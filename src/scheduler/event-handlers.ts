/**
 * How watch events reach the scheduling queue (`pkg/scheduler/eventhandlers.go` and the plugins'
 * EventsToRegister/QueueingHints): unassigned pods are added, updated or forgotten; a node that appears or
 * changes what scheduling looks at, an assigned pod that leaves or arrives, and a claim, volume or
 * StorageClass that the volume plugins registered for, move the unschedulable pods that the change may
 * help. A node heartbeat (status conditions only) moves nothing.
 */
import type { ObjectKey, StoredObject, WatchEvent } from '../api';
import type { Node, Pod, StorageClass } from '../api/schemas';
import { podClaimNames } from '../storage';
import { podInfo, type SchedulingEnv } from './framework';
import type { NodeInfo } from './node-info';
import { FILTER_PLUGINS } from './plugins';
import { needsRestrictionsCheck } from './plugins/volume-restrictions';
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
  const pendingNow = event.type !== 'DELETED' && isPendingForUs(pod);
  const pendingBefore = event.type !== 'ADDED' && old !== undefined && isPendingForUs(old);
  // The queue's key is built only for the writes that change what the queue holds (≈ 2 of a pod's ≈ 5).
  if (pendingNow && (!pendingBefore || isPodUpdated(old!, pod))) queue.add(podKey(pod));
  if (!pendingNow && pendingBefore) queue.forget(podKey(pod));
  const assignedBefore = event.type !== 'ADDED' && !!old?.spec?.nodeName && !isTerminal(old);
  const assignedNow = event.type !== 'DELETED' && !!pod.spec?.nodeName && !isTerminal(pod);
  if (assignedBefore && !assignedNow) moveForDeletedPod(queue, hints, old ?? pod);
  if (assignedNow && !assignedBefore) queue.moveIf(rejectedByInterPodAffinity);
}

// The closures live outside `handlePodEvent`: a closure there that captured its locals would make V8
// allocate a context for them on every Pod write, not only on the writes that move pods.
function moveForDeletedPod(queue: SchedulingQueue, hints: QueueingHints, deleted: StoredObject<Pod>): void {
  queue.moveIf((key, rejectors) => hints.assignedPodDeleted(key, rejectors, deleted));
}

const rejectedByInterPodAffinity = (_: ObjectKey, rejectors: ReadonlySet<string>): boolean => rejectors.has('InterPodAffinity');

/** Routes one Node watch event (after the cache has seen it). */
export function handleNodeEvent(event: WatchEvent, queue: SchedulingQueue, hints: QueueingHints): void {
  if (event.type === 'DELETED') return;
  const node = event.object as StoredObject<Node>;
  if (event.type === 'MODIFIED' && !nodeSchedulingPropertiesChanged(event.oldObject as StoredObject<Node>, node)) return;
  queue.moveIf((key, rejectors) => hints.nodeMayHelp(key, node.metadata.name, rejectors));
}

/**
 * Routes one PersistentVolumeClaim watch event: VolumeBinding wants every add or update of a claim the pod
 * uses (isSchedulableAfterPersistentVolumeClaimChange), VolumeRestrictions only its creation.
 */
export function handleClaimEvent(event: WatchEvent, queue: SchedulingQueue, hints: QueueingHints): void {
  if (event.type === 'DELETED') return;
  const claim = event.object;
  queue.moveIf((key, rejectors) => {
    const wanted = rejectors.has('VolumeBinding') || (event.type === 'ADDED' && rejectors.has('VolumeRestrictions'));
    return wanted && hints.podUsesClaim(key, claim.metadata.namespace ?? '', claim.metadata.name);
  });
}

/** Routes one PersistentVolume watch event: VolumeBinding registers PV adds and updates without a hint. */
export function handleVolumeEvent(event: WatchEvent, queue: SchedulingQueue): void {
  if (event.type === 'DELETED') return;
  queue.moveIf((_, rejectors) => rejectors.has('VolumeBinding'));
}

/** Routes one StorageClass watch event (isSchedulableAfterStorageClassChange): a new class, or new allowedTopologies. */
export function handleStorageClassEvent(event: WatchEvent, queue: SchedulingQueue): void {
  if (event.type === 'DELETED') return;
  if (event.type === 'MODIFIED') {
    const topologies = (sc: WatchEvent['object'] | undefined) => JSON.stringify((sc as StorageClass | undefined)?.allowedTopologies ?? null);
    if (topologies(event.oldObject) === topologies(event.object)) return;
  }
  queue.moveIf((_, rejectors) => rejectors.has('VolumeBinding'));
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
    const info = podInfo(pod);
    return FILTER_PLUGINS.some((plugin) => rejectors.has(plugin.name) && this.passes(plugin.preFilter(info, this.env), node));
  }

  assignedPodDeleted(key: ObjectKey, rejectors: ReadonlySet<string>, deleted: StoredObject<Pod>): boolean {
    if (rejectors.has('NodeResourcesFit') || rejectors.has('NodePorts') || rejectors.has('InterPodAffinity')) return true;
    return rejectors.has('VolumeRestrictions') && this.volumeRestrictionsMayHelp(key, deleted);
  }

  /** The pod lives in `namespace` and mounts the claim `name`. */
  podUsesClaim(key: ObjectKey, namespace: string, name: string): boolean {
    const pod = this.getPod(key);
    return !!pod && pod.metadata.namespace === namespace && podClaimNames(pod).includes(name);
  }

  /** VolumeRestrictions' isSchedulableAfterPodDeleted: the deleted pod held a restricted disk, or shares a claim. */
  private volumeRestrictionsMayHelp(key: ObjectKey, deleted: StoredObject<Pod>): boolean {
    const pod = this.getPod(key);
    if (!pod || pod.metadata.namespace !== deleted.metadata.namespace) return false;
    if ((deleted.spec?.volumes ?? []).some(needsRestrictionsCheck)) return true;
    const claims = new Set(podClaimNames(pod));
    return podClaimNames(deleted).some((name) => claims.has(name));
  }

  private passes(outcome: ReturnType<(typeof FILTER_PLUGINS)[number]['preFilter']>, node: NodeInfo): boolean {
    if (outcome.kind === 'skip') return true;
    if (outcome.kind === 'reject') return false;
    return (!outcome.nodeNames || outcome.nodeNames.has(node.name)) && outcome.filter(node) === undefined;
  }
}
