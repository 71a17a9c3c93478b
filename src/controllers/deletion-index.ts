/**
 * A store indexer of each controller's active pods by ranking class — node, phase, Ready, pod-deletion-cost:
 * what ActivePodsWithRanks' rules 1–5 compare (active-pods-ranking.ts) — for scale-downs. A rolling update
 * scales the old ReplicaSet down by a pod or a few per step, in O(n) steps; listing and ranking all n pods and
 * counting every related pod per node at each step made rollouts quadratic. From this index a step counts the
 * related pods per node from bucket sizes, orders the classes (a few per node) by rules 1–5, and ranks by
 * rules 6–8 only the pods of the leading classes.
 */
import { type Indexer, type ObjectKey, type StoredObject } from '../api';
import { BoundedMemo } from '../api/bounded-memo';
import { compareRankingClasses, rankingClassOf, selectRankedForDeletion, type RankingClass } from './active-pods-ranking';
import type { StoreView } from './controller';
import { controllerOf } from './owner-references';
import { isPodActive } from './pod-readiness';

const INDEX = 'active-pods-by-ranking-class';

export const rankingClassIndexer: Indexer = {
  name: INDEX,
  kind: 'Pod',
  keys(pod) {
    const ref = controllerOf(pod);
    if (!ref || !isPodActive(pod)) return NOT_FILED;
    const rankingClass = rankingClassOf(pod);
    if (rankingClass.cost !== 0) return entryOf(groupOf(pod.metadata.namespace, ref.uid), rankingClass);
    const owner = ownerEntries(pod.metadata.namespace, ref.uid);
    let slots = owner.byNode.get(rankingClass.node);
    if (!slots) owner.byNode.set(rankingClass.node, (slots = []));
    return (slots[rankingClass.phase * 2 + (rankingClass.ready ? 1 : 0)] ??= entryOf(owner.group, rankingClass));
  },
};

type IndexKeys = ReturnType<Indexer['keys']>;
const NOT_FILED: IndexKeys = Object.freeze([]);

function entryOf(group: string, { node, phase, ready, cost }: RankingClass): IndexKeys {
  return Object.freeze([Object.freeze([group, JSON.stringify([node, phase, ready, cost])] as const)]);
}

/**
 * An owner's entries, built once per (node, phase, Ready) of pod-deletion-cost 0 rather than on each of its
 * pods' writes (the store asks for the new version's keys on every write): the group and bucket strings are
 * then the very instances the store filed its buckets under, so its lookups compare pointers. Kept per owner
 * uid, at most a few per node; forgotten wholesale past OWNERS_KEPT owners.
 */
interface OwnerEntries {
  readonly namespace: string | undefined;
  readonly group: string;
  readonly byNode: Map<string, (IndexKeys | undefined)[]>;
}

const OWNERS = new BoundedMemo<string, OwnerEntries>(1_000);

function ownerEntries(namespace: string | undefined, uid: string): OwnerEntries {
  const known = OWNERS.get(uid);
  if (known && known.namespace === namespace) return known;
  return OWNERS.set(uid, { namespace, group: groupOf(namespace, uid), byNode: new Map() });
}

interface IndexedClass {
  rankingClass: RankingClass;
  rank: number;
  keys: ReadonlySet<ObjectKey>;
}

/**
 * The first `count` of `owner`'s active pods in deletion order; `siblings` are the ReplicaSets of its
 * controller, itself included (getIndirectlyRelatedPods). Undefined when the index is not registered.
 */
export function selectIndexedPodsForDeletion(store: StoreView, owner: StoredObject, siblings: readonly StoredObject[], now: number, count: number): StoredObject[] | undefined {
  const owned = store.indexed(INDEX, groupOf(owner.metadata.namespace, owner.metadata.uid));
  if (!owned) return undefined;
  const onNode = relatedPodsPerNode(store, siblings);
  const classes: IndexedClass[] = [...owned].map(([bucket, keys]) => {
    const rankingClass = parseClass(bucket);
    return { rankingClass, rank: onNode.get(rankingClass.node) ?? 0, keys };
  });
  classes.sort((a, b) => compareRankingClasses(a.rankingClass, a.rank, b.rankingClass, b.rank));
  const candidates: StoredObject[] = [];
  let i = 0;
  while (i < classes.length && candidates.length < count) {
    // A whole tie of rules 1–5 at once, since only rules 6–8 order its pods.
    const first = classes[i]!;
    for (; i < classes.length && compareRankingClasses(first.rankingClass, first.rank, classes[i]!.rankingClass, classes[i]!.rank) === 0; i++) {
      for (const key of classes[i]!.keys) candidates.push(store.getByKey(key)!);
    }
  }
  return selectRankedForDeletion(candidates, onNode, now, count);
}

/** Active pods per node name over the siblings' buckets: O(buckets), not O(pods). */
function relatedPodsPerNode(store: StoreView, siblings: readonly StoredObject[]): Map<string, number> {
  const onNode = new Map<string, number>();
  for (const sibling of siblings) {
    for (const [bucket, keys] of store.indexed(INDEX, groupOf(sibling.metadata.namespace, sibling.metadata.uid)) ?? []) {
      const { node } = parseClass(bucket);
      onNode.set(node, (onNode.get(node) ?? 0) + keys.size);
    }
  }
  return onNode;
}

function groupOf(namespace: string | undefined, uid: string | undefined): string {
  return `${namespace ?? ''}/${uid ?? ''}`;
}

/** Parsed buckets, kept: the same few bucket strings are read at every step. */
const CLASSES = new BoundedMemo<string, RankingClass>(10_000);

function parseClass(bucket: string): RankingClass {
  return CLASSES.getOrCompute(bucket, parseClassText);
}

function parseClassText(bucket: string): RankingClass {
  const [node, phase, ready, cost] = JSON.parse(bucket) as [string, number, boolean, number];
  return { node, phase, ready, cost };
}
