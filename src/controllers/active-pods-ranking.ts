/**
 * Which pods a ReplicaSet deletes first on scale-down: controller.ActivePodsWithRanks.Less
 * (pkg/controller/controller_utils.go, v1.32 with LogarithmicScaleDown and PodDeletionCost on) and
 * getPodsRankedByRelatedPodsOnSameNode (pkg/controller/replicaset/replica_set.go). The first rule that
 * separates two pods decides; pods earlier in the result are deleted first.
 */
import { parseRFC3339 } from '../clock';
import type { KubeObject } from '../api';
import { partialSort } from './partial-sort';
import { isPodActive, isPodReady, podPhase, podReadySince } from './pod-readiness';
import { compareGoStrings } from '../api/go-string-order';

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/**
 * What rules 1–4 compare, and rule 5's key (the node): the pod's ranking class. Pods of one class are ordered
 * only by rules 6–8, so an index of pods by class (deletion-index.ts) can skip whole classes.
 */
export interface RankingClass {
  node: string;
  phase: number;
  ready: boolean;
  cost: number;
}

/** What the rules compare about one pod: it depends on the pod alone, so it is computed once per stored version. */
interface PodRankFacts extends RankingClass {
  pod: KubeObject;
  readySince: number | undefined;
  restarts: number;
  created: number | undefined;
  uid: string;
  name: string;
}

/** A pod with its facts and its rank: active related pods (of the same owner's ReplicaSets) on its node. */
export interface RankedPod {
  facts: PodRankFacts;
  rank: number;
  /** Position in the input: Array.prototype.sort is stable, as Go's sort.Sort is not; ties keep the input order. */
  position: number;
}

/** Facts per stored (frozen, so immutable) pod object: a rollout ranks the same unchanged pods at every step. */
const FACTS = new WeakMap<KubeObject, PodRankFacts>();

/** `pods` sorted deletion-first; `related` are the active pods of sibling ReplicaSets too (for the doubled-up rule). */
export function rankPodsForDeletion<T extends KubeObject>(pods: readonly T[], related: readonly KubeObject[], now: number): T[] {
  const ranked = withRanks(pods, activePodsPerNode(related));
  return ranked.sort((a, b) => compareForDeletion(a, b, now) || a.position - b.position).map((r) => r.facts.pod as T);
}

/**
 * The first `count` pods of that order without sorting the rest (O(n log count)): the pods a ReplicaSet
 * deletes on a scale-down. Ties go in name order — the order the apiserver lists pods in, and so the order
 * `rankPodsForDeletion` keeps for a listing — whatever order `pods` come in (e.g. from an index).
 */
export function selectPodsForDeletion<T extends KubeObject>(pods: readonly T[], related: readonly KubeObject[], now: number, count: number): T[] {
  return selectRankedForDeletion(pods, activePodsPerNode(related), now, count);
}

/** The same, given the related pods as active pods per node. */
export function selectRankedForDeletion<T extends KubeObject>(pods: readonly T[], onNode: ReadonlyMap<string, number>, now: number, count: number): T[] {
  const ranked = withRanks(pods, onNode);
  return partialSort(ranked, count, (a, b) => compareForDeletion(a, b, now) || compareGoStrings(a.facts.name, b.facts.name) || a.position - b.position).map((r) => r.facts.pod as T);
}

/** getPodsRankedByRelatedPodsOnSameNode's count: active related pods per node name ('' = unassigned). */
export function activePodsPerNode(related: readonly KubeObject[]): Map<string, number> {
  const onNode = new Map<string, number>();
  for (const pod of related) {
    if (!isPodActive(pod)) continue;
    const node = nodeName(pod);
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  return onNode;
}

function withRanks(pods: readonly KubeObject[], onNode: ReadonlyMap<string, number>): RankedPod[] {
  return pods.map((pod, position) => {
    const facts = factsOf(pod);
    return { facts, rank: onNode.get(facts.node) ?? 0, position };
  });
}

function factsOf(pod: KubeObject): PodRankFacts {
  const cached = FACTS.get(pod);
  if (cached) return cached;
  const facts = computeFacts(pod);
  // Only a frozen (stored) pod can never change under its memo.
  if (Object.isFrozen(pod)) FACTS.set(pod, facts);
  return facts;
}

export function rankingClassOf(pod: KubeObject): RankingClass {
  return { node: nodeName(pod), phase: PHASE_ORDINAL[podPhase(pod)] ?? 0, ready: isPodReady(pod), cost: deletionCost(pod) };
}

function computeFacts(pod: KubeObject): PodRankFacts {
  const rankingClass = rankingClassOf(pod);
  return {
    ...rankingClass,
    pod,
    readySince: rankingClass.ready ? podReadySince(pod) : undefined,
    restarts: maxRestarts(pod),
    created: created(pod),
    uid: pod.metadata.uid ?? '',
    name: pod.metadata.name ?? '',
  };
}

export function compareForDeletion(a: RankedPod, b: RankedPod, now: number): number {
  const byClass = compareRankingClasses(a.facts, a.rank, b.facts, b.rank);
  if (byClass !== 0) return byClass;
  for (const rule of POD_RULES) {
    const result = rule(a.facts, b.facts, now);
    if (result !== 0) return result;
  }
  return 0;
}

/** Rules 1–5: what a pod's ranking class and its node's rank decide. */
export function compareRankingClasses(a: RankingClass, rankA: number, b: RankingClass, rankB: number): number {
  // 1. unassigned < assigned
  if (a.node !== b.node && !(a.node && b.node)) return a.node ? 1 : -1;
  // 2. Pending < Unknown < Running
  if (a.phase !== b.phase) return a.phase - b.phase;
  // 3. not ready < ready
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  // 4. lower pod-deletion-cost first
  if (a.cost !== b.cost) return a.cost - b.cost;
  // 5. doubled up (more related pods on the node) first
  return rankB - rankA;
}

type Rule = (a: PodRankFacts, b: PodRankFacts, now: number) => number;

const POD_RULES: readonly Rule[] = [
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
