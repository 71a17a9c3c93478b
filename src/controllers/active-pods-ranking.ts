/**
 * Which pods a ReplicaSet deletes first on scale-down: controller.ActivePodsWithRanks.Less
 * (pkg/controller/controller_utils.go, v1.32 with LogarithmicScaleDown and PodDeletionCost on) and
 * getPodsRankedByRelatedPodsOnSameNode (pkg/controller/replicaset/replica_set.go). The first rule that
 * separates two pods decides; pods earlier in the result are deleted first.
 */
import { parseRFC3339 } from '../clock';
import type { KubeObject } from '../api';
import { isPodActive, isPodReady, podPhase, podReadySince } from './pod-readiness';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** The facts each rule compares, computed once per pod rather than once per comparison. */
interface RankedPod {
  pod: KubeObject;
  /** Active related pods (of the same owner's ReplicaSets) on the pod's node. */
  rank: number;
  node: string;
  phase: number;
  ready: boolean;
  cost: number;
  readySince: number | undefined;
  restarts: number;
  created: number | undefined;
  uid: string;
}

/** `pods` sorted deletion-first; `related` are the active pods of sibling ReplicaSets too (for the doubled-up rule). */
export function rankPodsForDeletion<T extends KubeObject>(pods: readonly T[], related: readonly KubeObject[], now: number): T[] {
  const onNode = new Map<string, number>();
  for (const pod of related) if (isPodActive(pod)) onNode.set(nodeName(pod), (onNode.get(nodeName(pod)) ?? 0) + 1);
  const ranked = pods.map((pod) => facts(pod, onNode.get(nodeName(pod)) ?? 0));
  // Array.prototype.sort is stable, as Go's sort.Sort is not; ties keep the listing order.
  return ranked.sort((a, b) => compareForDeletion(a, b, now)).map((r) => r.pod as T);
}

function facts(pod: KubeObject, rank: number): RankedPod {
  const ready = isPodReady(pod);
  return {
    pod,
    rank,
    node: nodeName(pod),
    phase: PHASE_ORDINAL[podPhase(pod)] ?? 0,
    ready,
    cost: deletionCost(pod),
    readySince: ready ? podReadySince(pod) : undefined,
    restarts: maxRestarts(pod),
    created: created(pod),
    uid: pod.metadata.uid ?? '',
  };
}

export function compareForDeletion(a: RankedPod, b: RankedPod, now: number): number {
  for (const rule of RULES) {
    const result = rule(a, b, now);
    if (result !== 0) return result;
  }
  return 0;
}

type Rule = (a: RankedPod, b: RankedPod, now: number) => number;

const RULES: readonly Rule[] = [
  // 1. unassigned < assigned
  (a, b) => (a.node === b.node || (a.node && b.node) ? 0 : a.node ? 1 : -1),
  // 2. Pending < Unknown < Running
  (a, b) => a.phase - b.phase,
  // 3. not ready < ready
  (a, b) => Number(a.ready) - Number(b.ready),
  // 4. lower pod-deletion-cost first
  (a, b) => a.cost - b.cost,
  // 5. doubled up (more related pods on the node) first
  (a, b) => b.rank - a.rank,
  // 6. ready for less time first, compared on a log2 scale of the time since
  (a, b, now) => (a.ready && b.ready ? compareAges(a.readySince, b.readySince, now, a.uid, b.uid) : 0),
  // 7. more container restarts first
  (a, b) => b.restarts - a.restarts,
  // 8. newer first, on a log2 scale of age
  (a, b, now) => compareAges(a.created, b.created, now, a.uid, b.uid),
];

/**
 * logarithmicRankDiff: pods whose ages have the same floor(log2(nanoseconds)) count as equally old, then
 * the uid decides. Worked example at now = 100s: ages 60s and 40s both have log2 ≈ 35 (2^35 ns ≈ 34s), so
 * they tie; ages 60s and 10s differ (35 vs 33), and the 10s-old pod goes first.
 */
function compareAges(t1: number | undefined, t2: number | undefined, now: number, uidA: string, uidB: string): number {
  if (t1 === t2) return 0;
  if (t1 === undefined || t2 === undefined) return t1 === undefined ? -1 : 1;
  const diff = logRank(now - t1) - logRank(now - t2);
  if (diff !== 0) return diff;
  return uidA < uidB ? -1 : uidA > uidB ? 1 : 0;
}

function logRank(ageMs: number): number {
  return ageMs > 0 ? Math.floor(Math.log2(ageMs * 1e6)) : -1;
}

function nodeName(pod: KubeObject): string {
  return (pod.spec as { nodeName?: string } | undefined)?.nodeName ?? '';
}

function deletionCost(pod: KubeObject): number {
  const value = Number(pod.metadata.annotations?.[DELETION_COST] ?? 0);
  return Number.isFinite(value) ? value : 0;
}

function created(pod: KubeObject): number | undefined {
  return pod.metadata.creationTimestamp ? parseRFC3339(pod.metadata.creationTimestamp) : undefined;
}

function maxRestarts(pod: KubeObject): number {
  const statuses = (pod.status as { containerStatuses?: { restartCount?: number }[] } | undefined)?.containerStatuses ?? [];
  return statuses.reduce((max, s) => Math.max(max, s.restartCount ?? 0), 0);
}
