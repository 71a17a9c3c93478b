/**
 * The authoritative object store (etcd + the apiserver's watch cache in one). It knows nothing about
 * validation or semantics: it keeps frozen objects, assigns resourceVersions, maintains the indexes the
 * controllers query (by kind+namespace, by owner uid, pods by node), and notifies watchers synchronously.
 */
import type { KubeObject, ObjectKey, StoredObject } from './object';
import { objectKey, keyOf } from './object';
import { deepFreeze } from './deep-freeze';
import type { WatchEvent, WatchHandler } from './watch';

/**
 * A client-go style indexer (tools/cache Indexers/ByIndex): files every object of `kind` under
 * (group, bucket) pairs computed from the object alone, kept current on each write. Controllers use it to
 * read a summary of many objects (e.g. a ReplicaSet's pods by readiness) in O(buckets) instead of O(objects).
 */
export interface Indexer {
  readonly name: string;
  readonly kind: string;
  keys(obj: StoredObject): readonly (readonly [group: string, bucket: string])[];
}

type IndexBuckets = Map<string, Map<string, Set<ObjectKey>>>;

export class ObjectStore {
  private readonly objects = new Map<ObjectKey, StoredObject>();
  private readonly byKind = new Map<string, Map<ObjectKey, StoredObject>>();
  private readonly byOwner = new Map<string, Set<ObjectKey>>();
  private readonly podsByNode = new Map<string, Set<ObjectKey>>();
  private readonly watchers = new Map<string, WatchHandler[]>();
  private readonly anyWatchers: WatchHandler[] = [];
  private readonly indexers = new Map<string, { indexer: Indexer; groups: IndexBuckets }>();
  private revision = 0;

  get resourceVersion(): number {
    return this.revision;
  }

  get size(): number {
    return this.objects.size;
  }

  get(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.objects.get(objectKey(kind, namespace, name));
  }

  getByKey(key: ObjectKey): StoredObject | undefined {
    return this.objects.get(key);
  }

  /** Objects of a kind, optionally in one namespace, in key order (namespace, then name) as the apiserver lists them. */
  list(kind: string, namespace?: string): StoredObject[] {
    const all = this.byKind.get(kind);
    if (!all) return [];
    const out: StoredObject[] = [];
    for (const obj of all.values()) {
      if (namespace === undefined || obj.metadata.namespace === namespace) out.push(obj);
    }
    return out.sort(byNamespaceAndName);
  }

  /** Objects whose ownerReferences name `uid`. */
  dependents(uid: string): StoredObject[] {
    const keys = this.byOwner.get(uid);
    if (!keys) return [];
    return [...keys].map((k) => this.objects.get(k)!).sort(byNamespaceAndName);
  }

  podsOnNode(nodeName: string): StoredObject[] {
    const keys = this.podsByNode.get(nodeName);
    return keys ? [...keys].map((k) => this.objects.get(k)!) : [];
  }

  /** Registers an indexer (once per name; later registrations of the same name are ignored) and files the existing objects. */
  addIndexer(indexer: Indexer): void {
    if (this.indexers.has(indexer.name)) return;
    const entry = { indexer, groups: new Map() as IndexBuckets };
    this.indexers.set(indexer.name, entry);
    for (const [key, obj] of this.byKind.get(indexer.kind) ?? []) fileUnder(entry.groups, indexer.keys(obj), key);
  }

  /** The buckets of one group of an indexer (bucket → object keys); undefined when no such indexer is registered. */
  indexed(name: string, group: string): ReadonlyMap<string, ReadonlySet<ObjectKey>> | undefined {
    const entry = this.indexers.get(name);
    if (!entry) return undefined;
    return entry.groups.get(group) ?? EMPTY_BUCKETS;
  }

  /** Writes an object (create or replace) and returns the stored, frozen version. */
  put(obj: KubeObject): StoredObject {
    const key = keyOf(obj);
    const old = this.objects.get(key);
    const stored = deepFreeze({
      ...obj,
      metadata: { ...obj.metadata, resourceVersion: String(++this.revision) },
    }) as StoredObject;
    this.objects.set(key, stored);
    this.reindex(key, old, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
    return stored;
  }

  /**
   * Puts back an object exactly as another store of the same history stored it (same resourceVersion, already
   * frozen, shared, not copied) and notifies watchers: replays a recorded write (cluster/bootstrap-recording.ts).
   */
  restore(stored: StoredObject): void {
    const key = keyOf(stored);
    const old = this.objects.get(key);
    this.revision = Number(stored.metadata.resourceVersion);
    this.objects.set(key, stored);
    this.reindex(key, old, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
  }

  remove(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    const key = objectKey(kind, namespace, name);
    const old = this.objects.get(key);
    if (!old) return undefined;
    this.unindex(key, old);
    this.objects.delete(key);
    this.revision++;
    this.notify({ type: 'DELETED', object: old, oldObject: old });
    return old;
  }

  /** Watches one kind (or every kind with `*`). Returns an unsubscribe function. */
  watch(kind: string, handler: WatchHandler): () => void {
    const list = kind === '*' ? this.anyWatchers : this.watchers.get(kind) ?? this.watchers.set(kind, []).get(kind)!;
    list.push(handler);
    return () => list.splice(list.indexOf(handler), 1);
  }

  private notify(event: WatchEvent): void {
    const handlers = this.watchers.get(event.object.kind);
    if (handlers) for (const handler of handlers) handler(event);
    for (const handler of this.anyWatchers) handler(event);
  }

  /**
   * Moves a replaced object in the indexes. Its owners rarely change, and `dependents` sorts, so an
   * unchanged (frozen, shared) ownerReferences array is left filed. Everything else is removed and added
   * again: podsOnNode and the indexers' buckets list objects in write order, which their readers rely on.
   */
  private reindex(key: ObjectKey, old: StoredObject | undefined, obj: StoredObject): void {
    if (!old) return this.index(key, obj);
    const sameOwners = old.metadata.ownerReferences === obj.metadata.ownerReferences;
    this.unindex(key, old, sameOwners);
    this.index(key, obj, sameOwners);
  }

  private index(key: ObjectKey, obj: StoredObject, ownersFiled = false): void {
    let kindMap = this.byKind.get(obj.kind);
    if (!kindMap) this.byKind.set(obj.kind, (kindMap = new Map()));
    kindMap.set(key, obj);
    if (!ownersFiled) this.fileOwners(key, obj);
    for (const { indexer, groups } of this.indexers.values()) if (indexer.kind === obj.kind) fileUnder(groups, indexer.keys(obj), key);
    this.fileOnNode(key, podNodeName(obj));
  }

  private fileOwners(key: ObjectKey, obj: StoredObject): void {
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.byOwner.get(ref.uid);
      if (!set) this.byOwner.set(ref.uid, (set = new Set()));
      set.add(key);
    }
  }

  private fileOnNode(key: ObjectKey, nodeName: string | undefined): void {
    if (!nodeName) return;
    let set = this.podsByNode.get(nodeName);
    if (!set) this.podsByNode.set(nodeName, (set = new Set()));
    set.add(key);
  }

  private unindex(key: ObjectKey, obj: StoredObject, keepOwners = false): void {
    this.byKind.get(obj.kind)?.delete(key);
    if (!keepOwners) for (const ref of obj.metadata.ownerReferences ?? []) this.byOwner.get(ref.uid)?.delete(key);
    for (const { indexer, groups } of this.indexers.values()) if (indexer.kind === obj.kind) removeFrom(groups, indexer.keys(obj), key);
    const nodeName = podNodeName(obj);
    if (nodeName) this.podsByNode.get(nodeName)?.delete(key);
  }
}

function podNodeName(obj: StoredObject): string | undefined {
  return obj.kind === 'Pod' ? (obj.spec as { nodeName?: string } | undefined)?.nodeName : undefined;
}



const EMPTY_BUCKETS: ReadonlyMap<string, ReadonlySet<ObjectKey>> = new Map();

function fileUnder(groups: IndexBuckets, keys: ReturnType<Indexer['keys']>, key: ObjectKey): void {
  for (const [group, bucket] of keys) {
    let buckets = groups.get(group);
    if (!buckets) groups.set(group, (buckets = new Map()));
    let set = buckets.get(bucket);
    if (!set) buckets.set(bucket, (set = new Set()));
    set.add(key);
  }
}

/** Empty buckets and groups are dropped, so a group lists only buckets that hold objects. */
function removeFrom(groups: IndexBuckets, keys: ReturnType<Indexer['keys']>, key: ObjectKey): void {
  for (const [group, bucket] of keys) {
    const buckets = groups.get(group);
    const set = buckets?.get(bucket);
    if (!buckets || !set) continue;
    set.delete(key);
    if (set.size === 0) buckets.delete(bucket);
    if (buckets.size === 0) groups.delete(group);
  }
}

function byNamespaceAndName(a: StoredObject, b: StoredObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
