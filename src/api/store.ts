/**
 * The authoritative object store (etcd + the apiserver's watch cache in one). It knows nothing about
 * validation or semantics: it keeps frozen objects, assigns resourceVersions, maintains the indexes the
 * controllers query (by kind+namespace, by owner uid, pods by node), and notifies watchers synchronously.
 */
import type { KubeObject, ObjectKey, StoredObject } from './object';
import { objectKey, keyOf } from './object';
import { deepFreeze } from './deep-freeze';
import { withFields } from './with-fields';
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

/**
 * One bucket of an indexer: its object keys in write order, with where it is filed. An object remembers its
 * buckets (`IndexEntry.filed`), so re-filing it after a write needs neither the old object's keys nor lookups.
 */
class Bucket extends Set<ObjectKey> {
  constructor(
    readonly group: string,
    readonly name: string,
    readonly buckets: Map<string, Bucket>,
  ) {
    super();
  }
}

interface IndexEntry {
  readonly indexer: Indexer;
  readonly groups: Map<string, Map<string, Bucket>>;
  /** Each filed object's buckets: one (what every indexer here files), or several. */
  readonly filed: Map<ObjectKey, Bucket | readonly Bucket[]>;
}

/**
 * One kind's objects by key, with the key of its last `get`: most reads by name repeat the previous one of
 * their kind (admission's ServiceAccount and Namespace, the config volumes' ConfigMap, a pod's controller), and
 * building and hashing a fresh key string costs more than the lookup (≈ 200 vs 15 ns). One entry per kind,
 * so it costs no memory per object.
 */
class KindTable extends Map<ObjectKey, StoredObject> {
  lastNamespace: string | undefined = undefined;
  lastName: string | undefined = undefined;
  lastKey: ObjectKey | undefined = undefined;

  constructor(readonly kind: string) {
    super();
  }

  keyFor(namespace: string | undefined, name: string): ObjectKey {
    if (this.lastKey === undefined || this.lastName !== name || this.lastNamespace !== namespace) {
      this.lastKey = objectKey(this.kind, namespace, name);
      this.lastName = name;
      this.lastNamespace = namespace;
    }
    return this.lastKey;
  }
}

/**
 * One table per kind holds every object, so each object and its key are held once: `get` and `getByKey` look
 * in their kind's table, and `list` and late indexers read it. A write of an existing object re-files it
 * under the key just built and drops the old key string from every table (see `reindex`).
 */
export class ObjectStore {
  private readonly byKind = new Map<string, KindTable>();
  /** Kind tables by `kindCode` of their kind, null where two kinds share a code: `getByKey` without slicing the key. */
  private readonly byKindCode = new Map<number, KindTable | null>();
  private readonly byOwner = new Map<string, Set<ObjectKey>>();
  private readonly podsByNode = new Map<string, Set<ObjectKey>>();
  private readonly watchers = new Map<string, WatchHandler[]>();
  private readonly anyWatchers: WatchHandler[] = [];
  private readonly indexers = new Map<string, IndexEntry>();
  private readonly indexersByKind = new Map<string, IndexEntry[]>();
  private revision = 0;
  private count = 0;

  get resourceVersion(): number {
    return this.revision;
  }

  get size(): number {
    return this.count;
  }

  get(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    const table = this.byKind.get(kind);
    return table?.get(table.keyFor(namespace, name));
  }

  getByKey(key: ObjectKey): StoredObject | undefined {
    const slash = key.indexOf('/');
    const table = this.byKindCode.get(kindCode(key, slash));
    // undefined: no table of this kind (a table of another kind with this code would not hold the key either).
    return table === null ? this.byKind.get(key.slice(0, slash))?.get(key) : table?.get(key);
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
    return [...keys].map((k) => this.getByKey(k)!).sort(byNamespaceAndName);
  }

  podsOnNode(nodeName: string): StoredObject[] {
    const keys = this.podsByNode.get(nodeName);
    const pods = this.byKind.get('Pod');
    return keys && pods ? [...keys].map((k) => pods.get(k)!) : [];
  }

  /** Registers an indexer (once per name; later registrations of the same name are ignored) and files the existing objects. */
  addIndexer(indexer: Indexer): void {
    if (this.indexers.has(indexer.name)) return;
    const entry: IndexEntry = { indexer, groups: new Map(), filed: new Map() };
    this.indexers.set(indexer.name, entry);
    const ofKind = this.indexersByKind.get(indexer.kind);
    if (ofKind) ofKind.push(entry);
    else this.indexersByKind.set(indexer.kind, [entry]);
    for (const [key, obj] of this.byKind.get(indexer.kind) ?? []) fileUnder(entry, indexer.keys(obj), key);
  }

  /** The buckets of one group of an indexer (bucket → object keys); undefined when no such indexer is registered. */
  indexed(name: string, group: string): ReadonlyMap<string, ReadonlySet<ObjectKey>> | undefined {
    const entry = this.indexers.get(name);
    if (!entry) return undefined;
    return entry.groups.get(group) ?? EMPTY_BUCKETS;
  }

  /**
   * Writes an object (create or replace) and returns the stored, frozen version. With `owned`, the caller
   * hands over an object it built for this write and keeps no reference to (the API pipeline's result, a new
   * Event): it is stored itself rather than copied, and its metadata too unless that is frozen (a stored
   * object's, then copied). A copy is garbage at once, and a copy made by spreading keeps most fields out of
   * the object (a PropertyArray beside it, ≈ 150 B per Event). A frozen object is always copied.
   */
  put(obj: KubeObject, owned = false): StoredObject {
    const key = keyOf(obj);
    const table = this.tableOf(obj.kind);
    const old = table.get(key);
    const stored = deepFreeze(owned && !Object.isFrozen(obj) ? adopt(obj, String(++this.revision)) : { ...obj, metadata: withResourceVersion(obj.metadata, String(++this.revision)) }) as StoredObject;
    this.write(table, key, old, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
    return stored;
  }

  /**
   * Puts back an object exactly as another store of the same history stored it (same resourceVersion, already
   * frozen, shared, not copied) and notifies watchers: replays a recorded write (cluster/bootstrap-recording.ts).
   */
  restore(stored: StoredObject): void {
    const key = keyOf(stored);
    const table = this.tableOf(stored.kind);
    const old = table.get(key);
    this.revision = Number(stored.metadata.resourceVersion);
    this.write(table, key, old, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
  }

  remove(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    const key = objectKey(kind, namespace, name);
    const table = this.byKind.get(kind);
    const old = table?.get(key);
    if (!table || !old) return undefined;
    table.delete(key);
    this.count--;
    this.unindex(key, old);
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

  private tableOf(kind: string): KindTable {
    let table = this.byKind.get(kind);
    if (!table) {
      this.byKind.set(kind, (table = new KindTable(kind)));
      const code = kindCode(kind, kind.length);
      this.byKindCode.set(code, this.byKindCode.has(code) ? null : table);
    }
    return table;
  }

  /** Files a new object, or moves a replaced one to the end of its kind's table (late indexers file in write order). */
  private write(table: Map<ObjectKey, StoredObject>, key: ObjectKey, old: StoredObject | undefined, obj: StoredObject): void {
    if (old) {
      table.delete(key);
      table.set(key, obj);
      return this.reindex(key, old, obj);
    }
    table.set(key, obj);
    this.count++;
    this.index(key, obj);
  }

  /**
   * Moves a replaced object in the indexes. Every table is handed `key`, this write's string, in place of the
   * last write's (a Map or Set keeps the key it first got for an entry that is only overwritten), so each
   * object's key is held once. `dependents` sorts, so owners are re-filed in any order. Everything else is
   * filed again at the end, as removing and adding it would: podsOnNode and the indexers' buckets list
   * objects in write order, which their readers rely on. The indexers' keys of the old object are not
   * recomputed (each object remembers its buckets).
   */
  private reindex(key: ObjectKey, old: StoredObject, obj: StoredObject): void {
    this.unfileOwners(key, old);
    this.fileOwners(key, obj);
    for (const entry of this.indexersByKind.get(obj.kind) ?? NO_INDEXERS) refile(entry, entry.indexer.keys(obj), key);
    const oldNode = podNodeName(old);
    if (oldNode) this.podsByNode.get(oldNode)?.delete(key);
    this.fileOnNode(key, podNodeName(obj));
  }

  private index(key: ObjectKey, obj: StoredObject): void {
    this.fileOwners(key, obj);
    for (const entry of this.indexersByKind.get(obj.kind) ?? NO_INDEXERS) fileUnder(entry, entry.indexer.keys(obj), key);
    this.fileOnNode(key, podNodeName(obj));
  }

  private fileOwners(key: ObjectKey, obj: StoredObject): void {
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let set = this.byOwner.get(ref.uid);
      if (!set) this.byOwner.set(ref.uid, (set = new Set()));
      set.add(key);
    }
  }

  private unfileOwners(key: ObjectKey, obj: StoredObject): void {
    for (const ref of obj.metadata.ownerReferences ?? []) this.byOwner.get(ref.uid)?.delete(key);
  }

  private fileOnNode(key: ObjectKey, nodeName: string | undefined): void {
    if (!nodeName) return;
    let set = this.podsByNode.get(nodeName);
    if (!set) this.podsByNode.set(nodeName, (set = new Set()));
    set.add(key);
  }

  private unindex(key: ObjectKey, obj: StoredObject): void {
    this.unfileOwners(key, obj);
    for (const entry of this.indexersByKind.get(obj.kind) ?? NO_INDEXERS) unfile(entry, key);
    const nodeName = podNodeName(obj);
    if (nodeName) this.podsByNode.get(nodeName)?.delete(key);
  }
}

/**
 * A number for the kind that starts `text` and is `length` long (kinds hold no slash): its length, first and
 * last character. Cheaper than slicing the kind out of a key and hashing it; kinds that share a code (none of
 * the registered kinds do) are told apart by name.
 */
function kindCode(text: string, length: number): number {
  return (text.charCodeAt(0) * 0x10000 + text.charCodeAt(length - 1)) * 64 + length;
}

function podNodeName(obj: StoredObject): string | undefined {
  return obj.kind === 'Pod' ? (obj.spec as { nodeName?: string } | undefined)?.nodeName : undefined;
}

/** The metadata a write stores. Spreading a non-frozen record into a field it lacks costs a hidden class per call (with-fields.ts). */
function withResourceVersion(metadata: KubeObject['metadata'], resourceVersion: string): KubeObject['metadata'] {
  return 'resourceVersion' in metadata ? { ...metadata, resourceVersion } : withFields(metadata, { resourceVersion });
}

/**
 * The handed-over object with this write's resourceVersion: set in its own metadata (in place, at the position
 * the copy would give it: its own, or last) unless the metadata is frozen.
 */
function adopt(obj: KubeObject, resourceVersion: string): KubeObject {
  if (Object.isFrozen(obj.metadata)) obj.metadata = withResourceVersion(obj.metadata, resourceVersion);
  else obj.metadata.resourceVersion = resourceVersion;
  return obj;
}

const EMPTY_BUCKETS: ReadonlyMap<string, ReadonlySet<ObjectKey>> = new Map();
const NO_INDEXERS: readonly IndexEntry[] = [];

type IndexKeys = ReturnType<Indexer['keys']>;

function fileUnder(entry: IndexEntry, keys: IndexKeys, key: ObjectKey): void {
  if (keys.length === 0) return;
  if (keys.length === 1) {
    entry.filed.set(key, fileIn(entry, keys[0]![0], keys[0]![1], key));
    return;
  }
  entry.filed.set(key, keys.map(([group, bucket]) => fileIn(entry, group, bucket, key)));
}

function fileIn(entry: IndexEntry, group: string, name: string, key: ObjectKey): Bucket {
  let buckets = entry.groups.get(group);
  if (!buckets) entry.groups.set(group, (buckets = new Map()));
  let bucket = buckets.get(name);
  if (!bucket) buckets.set(name, (bucket = new Bucket(group, name, buckets)));
  bucket.add(key);
  return bucket;
}

/** Empty buckets and groups are dropped, so a group lists only buckets that hold objects. */
function unfile(entry: IndexEntry, key: ObjectKey): void {
  const filed = entry.filed.get(key);
  if (filed === undefined) return;
  entry.filed.delete(key);
  if (filed instanceof Bucket) removeFrom(entry, filed, key);
  else for (const bucket of filed) removeFrom(entry, bucket, key);
}

function removeFrom(entry: IndexEntry, bucket: Bucket, key: ObjectKey): void {
  bucket.delete(key);
  if (bucket.size > 0 || bucket.buckets.get(bucket.name) !== bucket) return;
  bucket.buckets.delete(bucket.name);
  if (bucket.buckets.size === 0 && entry.groups.get(bucket.group) === bucket.buckets) entry.groups.delete(bucket.group);
}

/**
 * Files a written object again: the same result as removing it from its buckets and adding it under `keys`.
 * When its one bucket did not change (most writes), the key moves to the bucket's end — and a bucket it
 * was alone in to its group's end, a group to the end of the groups — exactly as remove-then-add orders them.
 * `filed` is re-keyed too, so it holds the same key string as the bucket.
 */
function refile(entry: IndexEntry, keys: IndexKeys, key: ObjectKey): void {
  const filed = entry.filed.get(key);
  const only = keys.length === 1 ? keys[0]! : undefined;
  if (!(filed instanceof Bucket) || !only || filed.group !== only[0] || filed.name !== only[1]) {
    unfile(entry, key);
    return fileUnder(entry, keys, key);
  }
  filed.delete(key);
  entry.filed.delete(key);
  entry.filed.set(key, filed);
  if (filed.size === 0) {
    filed.buckets.delete(filed.name);
    if (filed.buckets.size === 0) {
      entry.groups.delete(filed.group);
      entry.groups.set(filed.group, filed.buckets);
    }
    filed.buckets.set(filed.name, filed);
  }
  filed.add(key);
}

function byNamespaceAndName(a: StoredObject, b: StoredObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
