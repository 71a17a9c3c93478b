/**
 * One scheduling attempt (`pkg/scheduler/schedule_one.go` schedulePod): PreFilter, Filter over the
 * candidate nodes (stopping, on large clusters, once `numFeasibleNodesToFind` fit, starting where the last
 * attempt stopped), Score, then selectHost. Ties between top-scoring nodes are broken at random with the
 * scheduler's own seeded generator, as kube-scheduler does (reservoir sampling), so runs are repeatable
 * per seed and the scheduler's draws never shift the names the cluster generates.
 */
import type { StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import type { SeededRandom } from '../clock';
import type { PodVolumes } from '../storage';
import type { Diagnosis } from './fit-error';
import type { FilterStatus, NodeFilter, PodInfo, PreFilterOutcome, RowPass, SchedulingEnv } from './framework';
import { podInfo, unresolvable } from './framework';
import { HOT_ALLOCATABLE_MEMORY, HOT_ALLOCATABLE_MILLI_CPU, HOT_FIELDS, HOT_FLAGS, HOT_FREE_PODS, HOT_REQUESTED_MEMORY, HOT_REQUESTED_MILLI_CPU, type NodeInfo } from './node-info';
import { FILTER_PLUGINS } from './plugins';
import { scoreNodes } from './score';

export type ScheduleResult =
  /** `podVolumes`: the volume binding PreBind must finish first (VolumeBinding's Reserve), when there is any. */
  | { readonly kind: 'scheduled'; readonly nodeName: string; readonly podVolumes?: PodVolumes }
  | { readonly kind: 'unschedulable'; readonly diagnosis: Diagnosis; readonly rejectors: ReadonlySet<string>; readonly nodeNames: readonly string[] }
  | { readonly kind: 'error'; readonly message: string };

const MIN_FEASIBLE_NODES_TO_FIND = 100;
const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

interface Prepared {
  readonly filters: { readonly plugin: string; readonly filter: NodeFilter }[];
  /** The union of the filters' RowPass, when every filter has one: a node whose row shows it passes them all. */
  readonly rowPass?: RowPass;
  readonly nodes: readonly NodeInfo[];
  /** Where each of `nodes` has its hot row in the cache's rows; absent when `nodes` is the whole list (row i at i × HOT_FIELDS). */
  readonly offsets?: readonly number[];
  readonly absentStatus?: FilterStatus;
  readonly reservers: readonly ((nodeName: string) => PodVolumes | undefined)[];
}

export class SchedulingAlgorithm {
  private nextStartNodeIndex = 0;
  /** Scratch space for one cycle at a time, kept between cycles (a few KiB of garbage per pod otherwise). */
  private readonly feasible: NodeInfo[] = [];
  private readonly offsets: number[] = [];
  private totals = new Float64Array(0);
  /**
   * The last cycle's PreFilter outcomes (by plugin, in FILTER_PLUGINS order) and the plan made of them, kept
   * while it can serve again: plugins hand out one outcome object per distinct input (the replicas of a
   * template share theirs), so a cycle whose every outcome is the last one's gets the same filters, RowPass
   * union and candidates, and builds no lists or unions (≈ 0.3 KB per pod otherwise).
   */
  private readonly lastOutcomes: (PreFilterOutcome | undefined)[] = FILTER_PLUGINS.map(() => undefined);
  private lastPlan: Prepared | undefined;

  constructor(
    private readonly env: SchedulingEnv,
    private readonly random: SeededRandom,
  ) {}

  schedule(pod: StoredObject<Pod>): ScheduleResult {
    const allNodes = this.env.cache.nodes;
    if (allNodes.length === 0) return { kind: 'error', message: 'no nodes available to schedule pods' };
    const info = podInfo(pod);
    const prepared = this.preFilter(info, allNodes);
    if ('rejected' in prepared) {
      const diagnosis: Diagnosis = { numAllNodes: allNodes.length, nodeToStatus: new Map(), absentStatus: prepared.rejected.status, preFilterMsg: prepared.rejected.status.reasons.join(', ') };
      return { kind: 'unschedulable', diagnosis, rejectors: new Set([prepared.rejected.plugin]), nodeNames: allNodes.map((n) => n.name) };
    }
    const rows = this.env.cache.rows;
    const { feasible, offsets, statuses, rejectors } = this.findNodesThatPassFilters(prepared, allNodes.length, rows);
    if (feasible.length === 0) {
      const diagnosis: Diagnosis = { numAllNodes: allNodes.length, nodeToStatus: statuses ?? new Map(), absentStatus: prepared.absentStatus };
      return { kind: 'unschedulable', diagnosis, rejectors: rejectors ?? new Set(), nodeNames: allNodes.map((n) => n.name) };
    }
    const nodeName = feasible.length === 1 ? feasible[0]!.name : this.selectHost(feasible, this.score(info, feasible, rows, offsets));
    const podVolumes = reserve(prepared, nodeName);
    return podVolumes ? { kind: 'scheduled', nodeName, podVolumes } : { kind: 'scheduled', nodeName };
  }

  private preFilter(info: PodInfo, allNodes: readonly NodeInfo[]): Prepared | { rejected: { plugin: string; status: FilterStatus } } {
    const outcomes = this.lastOutcomes;
    let same = this.lastPlan !== undefined && this.lastPlan.nodes === allNodes;
    for (let i = 0; i < FILTER_PLUGINS.length; i++) {
      const plugin = FILTER_PLUGINS[i]!;
      const outcome = plugin.preFilter(info, this.env);
      if (outcome.kind === 'reject') {
        this.lastPlan = undefined;
        return { rejected: { plugin: plugin.name, status: outcome.status } };
      }
      if (outcome !== outcomes[i]) {
        outcomes[i] = outcome;
        same = false;
      }
    }
    if (same) return this.lastPlan!;
    const plan = planOf(outcomes, allNodes);
    // A plan that pins nodes holds their row offsets, which move when the cache's rows grow: never reused.
    this.lastPlan = plan.offsets === undefined && plan.reservers.length === 0 ? plan : undefined;
    return plan;
  }

  /** The candidates in round-robin order from where the last attempt stopped; each is read through its hot row. */
  private findNodesThatPassFilters(prepared: Prepared, numAllNodes: number, rows: Float64Array) {
    const { nodes, filters, rowPass, offsets: pinnedOffsets } = prepared;
    const numNodesToFind = numFeasibleNodesToFind(nodes.length);
    const { feasible, offsets } = this;
    // Written by index and cut to length at the end: `length = 0` would drop the arrays' backing stores
    // (V8 frees them on a truncation to zero) and the pushes would grow them again, ≈ 4 KB per pod.
    let found = 0;
    // Made at the first rejection: in a cluster with room, most cycles have none.
    let statuses: Map<string, FilterStatus> | undefined;
    let rejectors: Set<string> | undefined;
    let processed = 0;
    for (let i = 0; i < nodes.length && found < numNodesToFind; i++) {
      const index = (this.nextStartNodeIndex + i) % nodes.length;
      const node = nodes[index]!;
      const offset = pinnedOffsets ? pinnedOffsets[index]! : index * HOT_FIELDS;
      processed++;
      const rejection = rowPass && passesRow(rows, offset, rowPass) ? undefined : runFilters(filters, node, rows, offset);
      if (!rejection) {
        feasible[found] = node;
        offsets[found++] = offset;
      } else {
        (statuses ??= new Map()).set(node.name, rejection.status);
        (rejectors ??= new Set()).add(rejection.plugin);
      }
    }
    feasible.length = offsets.length = found;
    this.nextStartNodeIndex = (this.nextStartNodeIndex + processed) % numAllNodes;
    return { feasible, offsets, statuses, rejectors };
  }

  private score(info: PodInfo, feasible: readonly NodeInfo[], rows: Float64Array, offsets: readonly number[]): Float64Array {
    if (this.totals.length < feasible.length) this.totals = new Float64Array(feasible.length);
    return scoreNodes(info, feasible, rows, offsets, this.env.cache.requestsId(info.requests, info.nonZeroRequests), this.totals);
  }

  /** Reservoir sampling over the nodes with the highest score (schedule_one.go selectHost). */
  private selectHost(nodes: readonly NodeInfo[], scores: Float64Array): string {
    let best = 0;
    let ties = 1;
    for (let i = 1; i < nodes.length; i++) {
      if (scores[i]! > scores[best]!) {
        best = i;
        ties = 1;
      } else if (scores[i] === scores[best]) {
        ties++;
        if (this.random.int(ties) === 0) best = i;
      }
    }
    return nodes[best]!.name;
  }
}

/** The filters, RowPass union and candidates of one cycle's PreFilter outcomes (none of them a rejection). */
function planOf(outcomes: readonly (PreFilterOutcome | undefined)[], allNodes: readonly NodeInfo[]): Prepared {
  const filters: Prepared['filters'] = [];
  const reservers: ((nodeName: string) => PodVolumes | undefined)[] = [];
  let pinned: ReadonlySet<string> | undefined;
  let pinningPlugins: string[] | undefined;
  let rowPass: RowPass | undefined = NO_ROW_REQUIREMENT;
  for (let i = 0; i < FILTER_PLUGINS.length; i++) {
    const plugin = FILTER_PLUGINS[i]!;
    const outcome = outcomes[i]!;
    if (outcome.kind !== 'filter') continue;
    filters.push({ plugin: plugin.name, filter: outcome.filter });
    rowPass = rowPass && outcome.rowPass ? unionOf(rowPass, outcome.rowPass) : undefined;
    if (outcome.reserve) reservers.push(outcome.reserve);
    if (outcome.nodeNames) {
      pinned = pinned ? new Set([...pinned].filter((n) => outcome.nodeNames!.has(n))) : outcome.nodeNames;
      (pinningPlugins ??= []).push(plugin.name);
    }
  }
  if (!pinned) return { filters, rowPass, nodes: allNodes, reservers };
  // framework.go RunPreFilterPlugins / schedule_one.go findNodesThatFitPod: nodes left out by a PreFilter result.
  const absentStatus = unresolvable(`node(s) didn't satisfy plugin(s) [${pinningPlugins!.sort().join(' ')}]`);
  const nodes = allNodes.filter((n) => pinned!.has(n.name));
  return { filters, rowPass, nodes, offsets: nodes.map((n) => n.offset), absentStatus, reservers };
}

/** Reserve: the volume work for the chosen node, left out when every claim is already bound (nothing to PreBind). */
function reserve(prepared: Prepared, nodeName: string): PodVolumes | undefined {
  for (const reserver of prepared.reservers) {
    const volumes = reserver(nodeName);
    if (volumes && (volumes.staticBindings.length > 0 || volumes.dynamicProvisions.length > 0)) return volumes;
  }
  return undefined;
}

const NO_ROW_REQUIREMENT: RowPass = { flags: 0, podSlot: false, milliCPU: 0, memory: 0 };

function unionOf(a: RowPass, b: RowPass): RowPass {
  return { flags: a.flags | b.flags, podSlot: a.podSlot || b.podSlot, milliCPU: Math.max(a.milliCPU, b.milliCPU), memory: Math.max(a.memory, b.memory) };
}

function passesRow(rows: Float64Array, at: number, pass: RowPass): boolean {
  return (
    (rows[at + HOT_FLAGS]! & pass.flags) === 0 &&
    (!pass.podSlot || rows[at + HOT_FREE_PODS]! > 0) &&
    pass.milliCPU <= rows[at + HOT_ALLOCATABLE_MILLI_CPU]! - rows[at + HOT_REQUESTED_MILLI_CPU]! &&
    pass.memory <= rows[at + HOT_ALLOCATABLE_MEMORY]! - rows[at + HOT_REQUESTED_MEMORY]!
  );
}

/** Filtering stops at the first plugin that rejects the node (framework.go RunFilterPlugins). */
export function runFilters(filters: Prepared['filters'], node: NodeInfo, rows: Float64Array, offset: number): { plugin: string; status: FilterStatus } | undefined {
  for (let i = 0; i < filters.length; i++) {
    const { plugin, filter } = filters[i]!;
    const status = filter(node, rows, offset);
    if (status) return { plugin, status };
  }
  return undefined;
}

/**
 * numFeasibleNodesToFind with the adaptive default percentage: every node below 100 nodes; otherwise
 * `50 - nodes/125` percent (at least 5%) and never fewer than 100. Worked example: 5,000 nodes → 10% → 500.
 */
export function numFeasibleNodesToFind(numAllNodes: number): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  const percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, 50 - Math.trunc(numAllNodes / 125));
  return Math.max(MIN_FEASIBLE_NODES_TO_FIND, Math.trunc((numAllNodes * percentage) / 100));
}
