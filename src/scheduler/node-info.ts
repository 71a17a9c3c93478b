/**
 * What the scheduler knows about one node (`pkg/scheduler/framework/types.go` NodeInfo): the Node object,
 * its allocatable resources, and the running sums of what the pods bound to it request. The sums are
 * updated incrementally as pods come and go, so a scheduling decision never walks the pods of a node.
 *
 * The fields the Filter and Score loops read (name, labels, taints, `unschedulable`, allocatable) are copied
 * out of the Node when it changes, the way kube-scheduler's snapshot keeps them per NodeInfo: the loops then
 * read one class of one shape. Node objects are stored by several writers and need not share a hidden class
 * (at 5,000 nodes nearly every one has its own), so reading `node.spec` in a loop over hundreds of nodes is a
 * megamorphic lookup each time. A heartbeat (status conditions only) keeps the frozen spec, labels and
 * allocatable it had, and then nothing is recomputed.
 */
import type { StoredObject } from '../api';
import type { Node, Pod, Taint } from '../api/schemas';
import { addResource, emptyResource, quantityValue, toResource, type Resource } from './resources';

/** One host port in use: `protocol/hostIP/port`, where hostIP `0.0.0.0` means every address. */
export interface HostPort {
  readonly protocol: string;
  readonly hostIP: string;
  readonly port: number;
}

/** A pod's contribution to its node, computed once when the pod enters the cache. */
export interface PodContribution {
  /** The latest version of the pod: the cache updates it in place while the counted fields stay the same. */
  pod: StoredObject<Pod>;
  readonly requested: Resource;
  readonly nonZeroRequested: Resource;
  readonly hostPorts: readonly HostPort[];
}

/**
 * A node's hot row: the numbers the Filter and Score loops read for every candidate node, at `offset` in the
 * Float64Array `hot`. The cache keeps the rows of all its nodes in one array, in the node list's order
 * (`SchedulerCache.rows`), so a loop over hundreds of candidates per pod reads consecutive memory and never
 * the NodeInfo objects themselves; as fields of 5,000 scattered objects (memory sizes exceed V8's small
 * integers, so each would also be a boxed number elsewhere) the loop mostly waited on memory. A NodeInfo
 * outside a cache (tests) keeps its row in an array of its own. `FREE_PODS` is allocatable pods minus the
 * pods counted on the node.
 */
export const HOT_ALLOCATABLE_MILLI_CPU = 0;
export const HOT_ALLOCATABLE_MEMORY = 1;
export const HOT_REQUESTED_MILLI_CPU = 2;
export const HOT_REQUESTED_MEMORY = 3;
export const HOT_NON_ZERO_MILLI_CPU = 4;
export const HOT_NON_ZERO_MEMORY = 5;
export const HOT_FREE_PODS = 6;
/** `spec.unschedulable`, and whether the node has NoSchedule/NoExecute or PreferNoSchedule taints: bits below. */
export const HOT_FLAGS = 7;
export const FLAG_UNSCHEDULABLE = 1;
export const FLAG_HARD_TAINTS = 2;
export const FLAG_PREFER_NO_SCHEDULE_TAINTS = 4;
/**
 * The node's resource score (LeastAllocated + BalancedAllocation, weighted) for the pods whose requests have the
 * id in `HOT_SCORED_FOR` (`SchedulerCache.requestsId`), or -1. Only the scorer writes these two; every change
 * of the row above clears them. Replicas of one template ask for the same, and between two of their cycles
 * only the chosen node's row changes, so the other candidates' scores are read back instead of recomputed:
 * the same numbers, without the five divisions per node that were the cycle's largest cost.
 */
export const HOT_SCORED_FOR = 8;
export const HOT_RESOURCE_SCORE = 9;
export const HOT_FIELDS = 10;

const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});
const NO_TAINTS: readonly Taint[] = Object.freeze([]);

export class NodeInfo {
  /** A placeholder until the Node arrives: pods bound to a node the cache has not seen still count. */
  node: StoredObject<Node>;
  /** False for such a placeholder, which the scheduler never offers as a candidate. */
  hasNode = false;
  labels: Readonly<Record<string, string>> = NO_LABELS;
  /** `spec.unschedulable` (NodeUnschedulable). */
  unschedulable = false;
  /** `spec.taints`, and how many of them are NoSchedule/NoExecute (TaintToleration's Filter) or PreferNoSchedule (its Score). */
  taints: readonly Taint[] = NO_TAINTS;
  hardTaintCount = 0;
  preferNoScheduleTaintCount = 0;
  allocatable: Resource;
  allowedPodNumber = 0;
  readonly requested = emptyResource();
  readonly nonZeroRequested = emptyResource();
  readonly pods = new Map<string, PodContribution>();
  /** `protocol/hostIP/port` → number of pods using it. */
  readonly usedPorts = new Map<string, number>();

  /** The `HOT_*` numbers at `hot[offset…]`, mirrored from the fields above by `setNode`, `addPod` and `removePod` (the only writers but for the score memo). */
  hot: Float64Array = new Float64Array(HOT_FIELDS);
  offset = 0;

  /** The ResourceList `allocatable` was parsed from: a heartbeat keeps the same frozen one. */
  private allocatableSource: object | undefined;

  constructor(readonly name: string) {
    this.node = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: '', resourceVersion: '', creationTimestamp: '' } };
    this.allocatable = emptyResource();
    this.hot[HOT_SCORED_FOR] = -1;
  }

  setNode(node: StoredObject<Node>): void {
    const old = this.hasNode ? this.node : undefined;
    this.node = node;
    this.hasNode = true;
    this.labels = node.metadata.labels ?? NO_LABELS;
    if (!old || node.spec !== old.spec) this.setSpec(node);
    const allocatable = node.status?.allocatable ?? node.status?.capacity;
    if (allocatable === undefined || allocatable !== this.allocatableSource) {
      this.allocatableSource = allocatable;
      this.allocatable = toResource(allocatable);
      this.allowedPodNumber = allocatable?.pods === undefined ? 0 : quantityValue(allocatable.pods);
    }
    this.mirror();
  }

  /** Moves the hot row to `hot[offset…]` (the cache placing the node in its rows, or giving it back a row of its own). */
  placeRow(hot: Float64Array, offset: number): void {
    this.hot = hot;
    this.offset = offset;
    this.mirror();
  }

  private mirror(): void {
    const { hot, offset } = this;
    hot[offset + HOT_ALLOCATABLE_MILLI_CPU] = this.allocatable.milliCPU;
    hot[offset + HOT_ALLOCATABLE_MEMORY] = this.allocatable.memory;
    hot[offset + HOT_REQUESTED_MILLI_CPU] = this.requested.milliCPU;
    hot[offset + HOT_REQUESTED_MEMORY] = this.requested.memory;
    hot[offset + HOT_NON_ZERO_MILLI_CPU] = this.nonZeroRequested.milliCPU;
    hot[offset + HOT_NON_ZERO_MEMORY] = this.nonZeroRequested.memory;
    hot[offset + HOT_FREE_PODS] = this.allowedPodNumber - this.pods.size;
    const flags = (this.unschedulable ? FLAG_UNSCHEDULABLE : 0) | (this.hardTaintCount > 0 ? FLAG_HARD_TAINTS : 0);
    hot[offset + HOT_FLAGS] = flags | (this.preferNoScheduleTaintCount > 0 ? FLAG_PREFER_NO_SCHEDULE_TAINTS : 0);
    hot[offset + HOT_SCORED_FOR] = -1;
  }

  private setSpec(node: StoredObject<Node>): void {
    this.unschedulable = !!node.spec?.unschedulable;
    this.taints = node.spec?.taints ?? NO_TAINTS;
    this.hardTaintCount = 0;
    this.preferNoScheduleTaintCount = 0;
    for (const t of this.taints) {
      if (t.effect === 'NoSchedule' || t.effect === 'NoExecute') this.hardTaintCount++;
      else if (t.effect === 'PreferNoSchedule') this.preferNoScheduleTaintCount++;
    }
  }

  addPod(key: string, contribution: PodContribution): void {
    this.pods.set(key, contribution);
    addResource(this.requested, contribution.requested);
    addResource(this.nonZeroRequested, contribution.nonZeroRequested);
    for (const p of contribution.hostPorts) this.usedPorts.set(portKey(p), (this.usedPorts.get(portKey(p)) ?? 0) + 1);
    this.mirror();
  }

  removePod(key: string): void {
    const contribution = this.pods.get(key);
    if (!contribution) return;
    this.pods.delete(key);
    addResource(this.requested, contribution.requested, -1);
    addResource(this.nonZeroRequested, contribution.nonZeroRequested, -1);
    for (const p of contribution.hostPorts) {
      const left = (this.usedPorts.get(portKey(p)) ?? 1) - 1;
      if (left > 0) this.usedPorts.set(portKey(p), left);
      else this.usedPorts.delete(portKey(p));
    }
    this.mirror();
  }

  /** HostPortInfo.CheckConflict: the same protocol and port conflict when either side binds every address. */
  hasPortConflict(port: HostPort): boolean {
    if (this.usedPorts.size === 0) return false;
    if (port.hostIP === '0.0.0.0') {
      for (const used of this.usedPorts.keys()) {
        if (used.startsWith(`${port.protocol}/`) && used.endsWith(`/${port.port}`)) return true;
      }
      return false;
    }
    return this.usedPorts.has(portKey(port)) || this.usedPorts.has(portKey({ ...port, hostIP: '0.0.0.0' }));
  }
}

export function portKey(p: HostPort): string {
  return `${p.protocol}/${p.hostIP}/${p.port}`;
}

/**
 * The host ports a pod asks for (`schedutil.GetHostPorts`: regular containers' `hostPort` only), with
 * Kubernetes' defaults: TCP on every address.
 */
export function podHostPorts(pod: Pod): readonly HostPort[] {
  let ports: HostPort[] | undefined;
  const containers = pod.spec?.containers;
  // Index loops: this runs for every pod the cache counts and every scheduling cycle, and for-of allocated
  // an iterator per list.
  for (let i = 0; containers !== undefined && i < containers.length; i++) {
    const list = containers[i]!.ports;
    for (let j = 0; list !== undefined && j < list.length; j++) {
      const p = list[j]!;
      if (!p.hostPort || p.hostPort <= 0) continue;
      (ports ??= []).push({ protocol: p.protocol || 'TCP', hostIP: p.hostIP || '0.0.0.0', port: p.hostPort });
    }
  }
  // Most pods have no host port: they share one empty list (each counted pod keeps its list).
  return ports ?? NO_HOST_PORTS;
}

const NO_HOST_PORTS: readonly HostPort[] = Object.freeze([]);
