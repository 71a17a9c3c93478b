/**
 * The plugin contract (`pkg/scheduler/framework/interface.go`), reduced to what kubespec's plugins need:
 * a PreFilter that either skips the plugin, rejects the pod outright, or returns the per-node Filter
 * (closing over whatever it precomputed, the way plugins keep state in CycleState).
 */
import type { StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import type { PodVolumes, VolumeListers } from '../storage';
import { podHostPorts, type HostPort, type NodeInfo } from './node-info';
import { podResourceRequests, type Resource } from './resources';
import type { SchedulerCache } from './scheduler-cache';

/** Status codes that reject a node; `UnschedulableAndUnresolvable` also tells preemption not to bother. */
export type RejectCode = 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface FilterStatus {
  readonly code: RejectCode;
  readonly reasons: readonly string[];
}

export function unschedulable(...reasons: string[]): FilterStatus {
  return { code: 'Unschedulable', reasons };
}

export function unresolvable(...reasons: string[]): FilterStatus {
  return { code: 'UnschedulableAndUnresolvable', reasons };
}

/** The pod being scheduled, with what every plugin would otherwise recompute. */
export interface PodInfo {
  readonly pod: StoredObject<Pod>;
  readonly requests: Resource;
  readonly nonZeroRequests: Resource;
  readonly hostPorts: readonly HostPort[];
}

/** PodInfo of one pod, built field by field (a spread into a literal would make a hidden class per call). */
export function podInfo(pod: StoredObject<Pod>): PodInfo {
  const { requests, nonZeroRequests } = podResourceRequests(pod);
  return { pod, requests, nonZeroRequests, hostPorts: podHostPorts(pod) };
}

/** What plugins may read besides the pod and the node: the cache, namespace labels (namespaceSelector), claims and volumes. */
export interface SchedulingEnv {
  readonly cache: SchedulerCache;
  namespaceLabels(namespace: string): Readonly<Record<string, string>> | undefined;
  readonly volumes: VolumeListers;
}

/**
 * Filter for one node. The scheduling loop also passes the node's hot row (`hot[offset…]`, node-info.ts), so a
 * filter that needs only those numbers never reads the NodeInfo; other callers may leave them out.
 */
export type NodeFilter = (node: NodeInfo, hot?: Float64Array, offset?: number) => FilterStatus | undefined;

/**
 * What a node's hot row must show for a Filter to pass the node without being called: none of `flags` set
 * (`HOT_FLAGS` bits), a free pod slot when `podSlot`, and at least `milliCPU` and `memory` not yet requested.
 * A row that shows less proves nothing: the Filter then runs and decides. When every Filter of a cycle has
 * one, the loop over hundreds of candidates checks their union per node and calls no plugin for the nodes
 * that pass (almost all, in a cluster with room), which is most of a cycle's cost.
 */
export interface RowPass {
  readonly flags: number;
  readonly podSlot: boolean;
  readonly milliCPU: number;
  readonly memory: number;
}

export type PreFilterOutcome =
  | { readonly kind: 'skip' }
  | { readonly kind: 'reject'; readonly status: FilterStatus }
  | {
      readonly kind: 'filter';
      readonly filter: NodeFilter;
      readonly rowPass?: RowPass;
      readonly nodeNames?: ReadonlySet<string>;
      /** Reserve: what binding the pod's volumes on the chosen node takes (VolumeBinding keeps it per filtered node). */
      readonly reserve?: (nodeName: string) => PodVolumes | undefined;
    };

export interface FilterPlugin {
  readonly name: string;
  preFilter(pod: PodInfo, env: SchedulingEnv): PreFilterOutcome;
}

export const SKIP: PreFilterOutcome = { kind: 'skip' };

export function filterWith(filter: NodeFilter, rowPass?: RowPass): PreFilterOutcome {
  return rowPass ? { kind: 'filter', filter, rowPass } : { kind: 'filter', filter };
}
