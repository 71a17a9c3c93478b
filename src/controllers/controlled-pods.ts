/**
 * A store indexer over pods for the replica managers: each pod is filed under its controller's uid (or as an
 * orphan of its namespace) in a bucket of what those controllers count — active, Ready, and the pod's labels.
 * A ReplicaSet of 150,000 pods then reads its counts from a handful of buckets instead of listing and
 * filtering every pod in the namespace on each pod event (which made scaling quadratic). The counts equal
 * what claimObjects + countReplicas compute from the full list; where they could differ (an orphan to adopt,
 * an owned pod to release, minReadySeconds) `countControlledPods` declines and the caller takes the full path.
 */
import { controllerRefOf, type Indexer, type Selector, type StoredObject } from '../api';
import { BoundedMemo } from '../api/bounded-memo';
import type { StoreView } from './controller';
import { isPodActive, isPodReady } from './pod-readiness';

const INDEX = 'pods-by-controller';

interface PodFacts {
  readonly active: boolean;
  readonly ready: boolean;
  readonly labels: Readonly<Record<string, string>>;
}

type IndexKeys = readonly (readonly [group: string, bucket: string])[];

export const controlledPodsIndexer: Indexer = {
  name: INDEX,
  kind: 'Pod',
  keys(pod) {
    const active = isPodActive(pod);
    const ready = isPodReady(pod);
    const shared = sharedKeys(pod);
    if (!shared) return podKeys(pod, active, ready);
    const slot = (active ? 2 : 0) + (ready ? 1 : 0);
    return (shared.keys[slot] ??= Object.freeze(podKeys(pod, active, ready)));
  },
};

function podKeys(pod: StoredObject, active: boolean, ready: boolean): IndexKeys {
  const ref = controllerRefOf(pod);
  const group = ref ? controlledGroup(pod.metadata.namespace, ref.uid) : orphanGroup(pod.metadata.namespace);
  return [[group, `[${active},${ready},${sortedLabels(pod.metadata.labels)}]`]];
}

/**
 * The four possible keys (by activeness and readiness) of the pods that share one frozen labels object, one
 * frozen ownerReferences and a namespace — a template's pods share both objects — built once, not on each of
 * a pod's writes (the store asks for the new version's keys on every write).
 */
interface SharedKeys {
  readonly ownerReferences: object | undefined;
  readonly namespace: string | undefined;
  readonly keys: (IndexKeys | undefined)[];
}

const SHARED_KEYS = new WeakMap<object, SharedKeys>();

function sharedKeys(pod: StoredObject): SharedKeys | undefined {
  const { labels, ownerReferences, namespace } = pod.metadata;
  if (!labels || !Object.isFrozen(labels) || (ownerReferences && !Object.isFrozen(ownerReferences))) return undefined;
  const shared = SHARED_KEYS.get(labels);
  if (shared && shared.ownerReferences === ownerReferences && shared.namespace === namespace) return shared;
  const made: SharedKeys = { ownerReferences, namespace, keys: [undefined, undefined, undefined, undefined] };
  SHARED_KEYS.set(labels, made);
  return made;
}

/**
 * The labels as JSON pairs in key order. The store asks for a pod's keys on each write twice — unfiling the
 * old version, filing the new — and both versions share one frozen labels object, so the last is remembered.
 */
let lastLabels: { labels: object; text: string } | undefined;

function sortedLabels(labels: Readonly<Record<string, string>> | undefined): string {
  if (labels && lastLabels?.labels === labels) return lastLabels.text;
  const map = labels ?? {};
  const text = JSON.stringify(Object.keys(map).sort().map((k) => [k, map[k]]));
  if (labels && Object.isFrozen(labels)) lastLabels = { labels, text };
  return text;
}

export interface ControlledPodCounts {
  /** Active pods the owner controls and its selector matches: claimObjects' `claimed`. */
  active: number;
  /** …of which the template's labels match (fullyLabeledReplicas). */
  fullyLabeled: number;
  ready: number;
}

/**
 * The owner's claimed-pod counts from the index, or undefined when the index is absent or claiming would
 * adopt or release a pod (then only the full list says which, and in which order).
 */
export function countControlledPods(store: StoreView, owner: StoredObject, selector: Selector, templateSelector: Selector): ControlledPodCounts | undefined {
  const namespace = owner.metadata.namespace;
  const owned = store.indexed(INDEX, CONTROLLED_GROUPS.of(namespace, owner.metadata.uid ?? ''));
  const orphans = store.indexed(INDEX, ORPHAN_GROUPS.of(namespace, ''));
  if (!owned || !orphans) return undefined;
  for (const bucket of orphans.keys()) {
    const facts = parseBucket(bucket);
    if (facts.active && selector.matches(facts.labels)) return undefined;
  }
  const counts = { active: 0, fullyLabeled: 0, ready: 0 };
  // Bucket names, then each bucket: iterating entries would make a [name, keys] pair per bucket.
  for (const bucket of owned.keys()) {
    const facts = parseBucket(bucket);
    if (!facts.active) continue;
    if (!selector.matches(facts.labels)) return undefined;
    const size = owned.get(bucket)!.size;
    counts.active += size;
    if (templateSelector.matches(facts.labels)) counts.fullyLabeled += size;
    if (facts.ready) counts.ready += size;
  }
  return counts;
}

function controlledGroup(namespace: string | undefined, uid: string): string {
  return `${namespace ?? ''}/${uid}`;
}

function orphanGroup(namespace: string | undefined): string {
  return `${namespace ?? ''}/`;
}

/** A group name remembered for the (namespace, uid) last asked for: a ReplicaSet counts its pods once per sync. */
class GroupMemo {
  private namespace: string | undefined = undefined;
  private uid = '';
  private group: string | undefined = undefined;

  of(namespace: string | undefined, uid: string): string {
    if (this.group === undefined || this.uid !== uid || this.namespace !== namespace) {
      this.group = uid ? controlledGroup(namespace, uid) : orphanGroup(namespace);
      this.namespace = namespace;
      this.uid = uid;
    }
    return this.group;
  }
}

const CONTROLLED_GROUPS = new GroupMemo();
const ORPHAN_GROUPS = new GroupMemo();

/** Parsed buckets, kept: a ReplicaSet's few bucket strings are read on each of its syncs. */
const FACTS = new BoundedMemo<string, PodFacts>(10_000);

function parseBucket(bucket: string): PodFacts {
  return FACTS.getOrCompute(bucket, parseBucketText);
}

function parseBucketText(bucket: string): PodFacts {
  const [active, ready, labels] = JSON.parse(bucket) as [boolean, boolean, [string, string][]];
  return Object.freeze({ active, ready, labels: Object.freeze(Object.fromEntries(labels)) });
}

/** The active pods filed under `owner` (whatever their labels), in index order; undefined without the index. */
export function activeControlledPods(store: StoreView, owner: StoredObject): StoredObject[] | undefined {
  const owned = store.indexed(INDEX, controlledGroup(owner.metadata.namespace, owner.metadata.uid ?? ''));
  if (!owned) return undefined;
  const pods: StoredObject[] = [];
  for (const [bucket, keys] of owned) {
    if (!parseBucket(bucket).active) continue;
    for (const key of keys) pods.push(store.getByKey(key)!);
  }
  return pods;
}

/**
 * The pods of a namespace without a controller, whatever their labels or state: the candidates a controller
 * may adopt (ClaimPods looks at every pod of the namespace, but only orphans can be adopted). Without the
 * index (a controller that does not declare it), the namespace's pods are filtered instead.
 */
export function orphanPods(store: StoreView, namespace: string | undefined): StoredObject[] {
  const orphans = store.indexed(INDEX, orphanGroup(namespace));
  if (!orphans) return store.list('Pod', namespace).filter((pod) => !controllerRefOf(pod));
  const pods: StoredObject[] = [];
  for (const keys of orphans.values()) for (const key of keys) pods.push(store.getByKey(key)!);
  return pods;
}
