/**
 * The authoritative object store (etcd + the apiserver's watch cache in one). It knows nothing about
 * validation or semantics: it keeps frozen objects, assigns resourceVersions, maintains the indexes the
 * controllers query (by kind+namespace, by owner uid, pods by node), and notifies watchers synchronously.
 */
import type { KubeObject, ObjectKey, StoredObject } from './object';
import { deepFreeze } from './deep-freeze';
import { KeyMemo } from './key-memo';
import { compactWith } from './compact-with';
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
 * buckets (`IndexedSlot.filing`), so re-filing it after a write needs neither the old object's keys nor lookups.
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
}

/** Where one indexer filed an object: nowhere, one bucket (what every indexer here files), or several. */
type Filing = Bucket | readonly Bucket[] | undefined;

/**
 * One stored object: its key and its current version. The key is built once, when the object is created, and
 * every table and index holds that one string: a later write finds the slot (by the key, or as its table's
 * `recent` slot) and files the new version under the same string, so the indexes' Maps and Sets compare it by
 * identity instead of hashing and comparing a freshly built key in tables of up to 150,000 entries.
 */
class Slot {
  constructor(
    readonly key: ObjectKey,
    public obj: StoredObject,
  ) {}
}

/**
 * The slot of an object whose kind has indexers, with where each of them filed it, by the indexer's position in
 * its kind's list. Only such kinds pay for the fields: a slot is 40 B instead of 64, and Events (5 per pod, no
 * indexer) are most of the store's objects. The first two filings are fields of the slot (a Pod has two
 * indexers; a list of them was 64 B per Pod), any further ones a list.
 */
class IndexedSlot extends Slot {
  private filed0: Filing = undefined;
  private filed1: Filing = undefined;
  private more: Filing[] | undefined = undefined;

  filing(position: number): Filing {
    return position === 0 ? this.filed0 : position === 1 ? this.filed1 : this.more?.[position - 2];
  }

  file(position: number, filing: Filing): void {
    if (position === 0) this.filed0 = filing;
    else if (position === 1) this.filed1 = filing;
    else (this.more ??= [])[position - 2] = filing;
  }
}

/**
 * One kind's objects by key, with the slot of its last read or write and the key of its last miss: reads by
 * name mostly repeat the previous one of their kind (a status write reads the object and writes it back, a
 * create checks the name is free and stores it; admission's ServiceAccount and Namespace, the config volumes'
 * ConfigMap), and building and hashing a fresh key string costs more than the lookup (≈ 200 vs 15 ns). A
 * few fields per kind, so it costs no memory per object.
 *
 * `absent` is the last key looked up and not found, until the next object is added: a create asks twice
 * whether its name is free (the API server's AlreadyExists check, then `put`), and the second answer then
 * needs no lookup in a table of up to 150,000 Pods (a miss walks a bucket chain of cold entries).
 */
class KindTable extends Map<ObjectKey, Slot> {
  recent: Slot | undefined = undefined;
  private absent: ObjectKey | undefined = undefined;
  private readonly misses: KeyMemo;

  constructor(readonly kind: string) {
    super();
    this.misses = new KeyMemo(kind);
  }

  find(namespace: string | undefined, name: string): Slot | undefined {
    const recent = this.recent;
    if (recent !== undefined && recent.obj.metadata.name === name && recent.obj.metadata.namespace === namespace) return recent;
    const key = this.keyFor(namespace, name);
    if (key === this.absent) return undefined;
    const slot = this.get(key);
    if (slot !== undefined) this.recent = slot;
    else this.absent = key;
    return slot;
  }

  /** Adds a new object's slot (the only way a key enters the table, so a remembered miss ends here). */
  add(slot: Slot): void {
    this.set(slot.key, slot);
    this.recent = slot;
    this.absent = undefined;
  }

  /** Replaces a slot by an indexed one in its place (a kind's first indexer came after its objects). */
  promote(slot: Slot): IndexedSlot {
    const indexed = new IndexedSlot(slot.key, slot.obj);
    this.set(slot.key, indexed);
    if (this.recent === slot) this.recent = indexed;
    return indexed;
  }

  keyFor(namespace: string | undefined, name: string): ObjectKey {
    return this.misses.key(namespace, name);
  }
}

/**
 * One table per kind holds every object's slot, so each object and its key are held once: `get` and
 * `getByKey` look in their kind's table, and `list` and late indexers read it. A write of an existing object
 * updates its slot in place and re-files it in the indexes under the slot's key (see `reindex`).
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
    return this.byKind.get(kind)?.find(namespace, name)?.obj;
  }

  getByKey(key: ObjectKey): StoredObject | undefined {
    const slash = key.indexOf('/');
    let table = this.byKindCode.get(kindCode(key, slash));
    // undefined: no table of this kind (a table of another kind with this code would not hold the key either).
    if (table === null) table = this.byKind.get(key.slice(0, slash));
    if (table === undefined) return undefined;
    // Most reads by key repeat the kind's last read or write (a controller reads the object whose write
    // queued it; the kubelet its own Node): compared by identity first, with no lookup in a large table.
    const recent = table.recent;
    if (recent !== undefined && recent.key === key) return recent.obj;
    const slot = table.get(key);
    if (slot === undefined) return undefined;
    table.recent = slot;
    return slot.obj;
  }

  /**
   * The key `obj`'s kind, namespace and name are stored under — the very string the store's tables hold, so
   * a caller that keeps it (the event recorder, for an Event it may update) reads with `getByKey` without
   * building a key. Undefined when no such object is stored.
   */
  storedKey(obj: KubeObject): ObjectKey | undefined {
    return this.byKind.get(obj.kind)?.find(obj.metadata.namespace, obj.metadata.name ?? '')?.key;
  }

  /**
   * The key an object of `kind` named `name` in `namespace` is (or will be) stored under: the very string the
   * next write of it files, while no other name of its kind is looked up in between (the kind table remembers
   * the last key it built). A writer may take the name from its tail and store the object with that slice
   * (the event recorder: the name then costs no characters of its own).
   */
  keyFor(kind: string, namespace: string | undefined, name: string): ObjectKey {
    return this.tableOf(kind).keyFor(namespace, name);
  }

  /** Objects of a kind, optionally in one namespace, in key order (namespace, then name) as the apiserver lists them. */
  list(kind: string, namespace?: string): StoredObject[] {
    const all = this.byKind.get(kind);
    if (!all) return [];
    const out: StoredObject[] = [];
    for (const { obj } of all.values()) {
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
    return keys && pods ? [...keys].map((k) => pods.get(k)!.obj) : [];
  }

  /**
   * Registers an indexer (once per name; later registrations of the same name are ignored) and files the
   * existing objects in write order (ascending resourceVersion: every write takes the next one), as if it
   * had been registered before them.
   */
  addIndexer(indexer: Indexer): void {
    if (this.indexers.has(indexer.name)) return;
    const entry: IndexEntry = { indexer, groups: new Map() };
    this.indexers.set(indexer.name, entry);
    const ofKind = this.indexersByKind.get(indexer.kind);
    const position = ofKind ? ofKind.push(entry) - 1 : (this.indexersByKind.set(indexer.kind, [entry]), 0);
    const table = this.byKind.get(indexer.kind);
    const slots = [...(table?.values() ?? [])].sort(byResourceVersion);
    for (const found of slots) {
      const slot = found instanceof IndexedSlot ? found : table!.promote(found);
      slot.file(position, fileUnder(entry, indexer.keys(slot.obj), slot.key));
    }
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
    const table = this.tableOf(obj.kind);
    const slot = table.find(obj.metadata.namespace, obj.metadata.name ?? '');
    const resourceVersion = String(++this.revision);
    const stored = deepFreeze(owned && !Object.isFrozen(obj) ? adopt(obj, resourceVersion) : compactWith(obj, { metadata: withResourceVersion(obj.metadata, resourceVersion) })) as StoredObject;
    const old = slot?.obj;
    this.write(table, slot, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
    return stored;
  }

  /**
   * Puts back an object exactly as another store of the same history stored it (same resourceVersion, already
   * frozen, shared, not copied) and notifies watchers: replays a recorded write (cluster/bootstrap-recording.ts).
   */
  restore(stored: StoredObject): void {
    const table = this.tableOf(stored.kind);
    const slot = table.find(stored.metadata.namespace, stored.metadata.name);
    const old = slot?.obj;
    this.revision = Number(stored.metadata.resourceVersion);
    this.write(table, slot, stored);
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, oldObject: old });
  }

  remove(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    const table = this.byKind.get(kind);
    const slot = table?.find(namespace, name);
    if (!table || !slot) return undefined;
    table.delete(slot.key);
    table.recent = undefined;
    this.count--;
    this.unindex(slot);
    this.revision++;
    this.notify({ type: 'DELETED', object: slot.obj, oldObject: slot.obj });
    return slot.obj;
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

  /**
   * Files a new object under the key its table's `find` just built, or gives a replaced object's slot the new
   * version. A slot keeps its place in the table: write order, which late indexers follow, is the
   * resourceVersion order (`addIndexer`), so the table is not re-ordered on every write.
   */
  private write(table: KindTable, slot: Slot | undefined, obj: StoredObject): void {
    if (slot) {
      const old = slot.obj;
      slot.obj = obj;
      return this.reindex(slot, old, obj);
    }
    const key = table.keyFor(obj.metadata.namespace, obj.metadata.name);
    const entries = this.indexersByKind.get(obj.kind);
    const created = entries ? new IndexedSlot(key, obj) : new Slot(key, obj);
    table.add(created);
    this.count++;
    this.index(created, entries);
  }

  /**
   * Moves a replaced object in the indexes, under its slot's key. `dependents` sorts, so owners are re-filed
   * in any order, and not at all when the (frozen) ownerReferences are the same. Everything else is filed
   * again at the end, as removing and adding it would: podsOnNode and the indexers' buckets list objects in
   * write order, which their readers rely on. The indexers' keys of the old object are not recomputed (each
   * slot remembers its buckets).
   */
  private reindex(slot: Slot, old: StoredObject, obj: StoredObject): void {
    const key = slot.key;
    if (old.metadata.ownerReferences !== obj.metadata.ownerReferences) {
      this.unfileOwners(key, old);
      this.fileOwners(key, obj);
    }
    const entries = this.indexersByKind.get(obj.kind);
    if (entries) {
      // A kind with indexers has only indexed slots (write and addIndexer make them so).
      const indexed = slot as IndexedSlot;
      for (let i = 0; i < entries.length; i++) indexed.file(i, refile(entries[i]!, entries[i]!.indexer.keys(obj), key, indexed.filing(i)));
    }
    const oldNode = podNodeName(old);
    const node = podNodeName(obj);
    // A bound pod's writes keep its node: one lookup of the node's set, the key moved to its end.
    const onNode = oldNode ? this.podsByNode.get(oldNode) : undefined;
    if (onNode !== undefined && oldNode === node) {
      onNode.delete(key);
      onNode.add(key);
      return;
    }
    onNode?.delete(key);
    this.fileOnNode(key, node);
  }

  private index(slot: Slot, entries: IndexEntry[] | undefined): void {
    const { key, obj } = slot;
    this.fileOwners(key, obj);
    if (entries) for (let i = 0; i < entries.length; i++) (slot as IndexedSlot).file(i, fileUnder(entries[i]!, entries[i]!.indexer.keys(obj), key));
    this.fileOnNode(key, podNodeName(obj));
  }

  private fileOwners(key: ObjectKey, obj: StoredObject): void {
    const refs = obj.metadata.ownerReferences;
    if (refs === undefined) return;
    for (let i = 0; i < refs.length; i++) {
      const uid = refs[i]!.uid;
      let set = this.byOwner.get(uid);
      if (!set) this.byOwner.set(uid, (set = new Set()));
      set.add(key);
    }
  }

  private unfileOwners(key: ObjectKey, obj: StoredObject): void {
    const refs = obj.metadata.ownerReferences;
    if (refs !== undefined) for (let i = 0; i < refs.length; i++) this.byOwner.get(refs[i]!.uid)?.delete(key);
  }

  private fileOnNode(key: ObjectKey, nodeName: string | undefined): void {
    if (!nodeName) return;
    let set = this.podsByNode.get(nodeName);
    if (!set) this.podsByNode.set(nodeName, (set = new Set()));
    set.add(key);
  }

  private unindex(slot: Slot): void {
    const { key, obj } = slot;
    this.unfileOwners(key, obj);
    const entries = this.indexersByKind.get(obj.kind);
    if (entries) for (let i = 0; i < entries.length; i++) unfile(entries[i]!, (slot as IndexedSlot).filing(i), key);
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

/**
 * The metadata a write stores: a copy that holds its fields in itself (compact-with.ts), which a spread of a
 * stored metadata (room for 4 fields, the other 4–6 of a Pod's in a PropertyArray) did not.
 */
function withResourceVersion(metadata: KubeObject['metadata'], resourceVersion: string): KubeObject['metadata'] {
  return compactWith(metadata, { resourceVersion });
}

/**
 * The handed-over object with this write's resourceVersion: set in its own metadata (in place, at the position
 * the copy would give it: its own, or last) when the metadata is not frozen and has the field (an Event's
 * literal keeps its place); otherwise the metadata is a compact copy, since adding a field to a built object
 * puts it in a PropertyArray (a new Pod's metadata: 8 fields).
 */
function adopt(obj: KubeObject, resourceVersion: string): KubeObject {
  if (!Object.isFrozen(obj.metadata) && 'resourceVersion' in obj.metadata) obj.metadata.resourceVersion = resourceVersion;
  else obj.metadata = withResourceVersion(obj.metadata, resourceVersion);
  return obj;
}

const EMPTY_BUCKETS: ReadonlyMap<string, ReadonlySet<ObjectKey>> = new Map();

type IndexKeys = ReturnType<Indexer['keys']>;

function fileUnder(entry: IndexEntry, keys: IndexKeys, key: ObjectKey): Filing {
  if (keys.length === 0) return undefined;
  if (keys.length === 1) return fileIn(entry, keys[0]![0], keys[0]![1], key);
  return keys.map(([group, bucket]) => fileIn(entry, group, bucket, key));
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
function unfile(entry: IndexEntry, filed: Filing, key: ObjectKey): void {
  if (filed === undefined) return;
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
 * Files a written object again and returns where: the same result as removing it from its buckets and adding
 * it under `keys`. When its one bucket did not change (most writes), the key moves to the bucket's end — and
 * a bucket it was alone in to its group's end, a group to the end of the groups — exactly as remove-then-add
 * orders them.
 */
function refile(entry: IndexEntry, keys: IndexKeys, key: ObjectKey, filed: Filing): Filing {
  const only = keys.length === 1 ? keys[0]! : undefined;
  if (!(filed instanceof Bucket) || !only || filed.group !== only[0] || filed.name !== only[1]) {
    unfile(entry, filed, key);
    return fileUnder(entry, keys, key);
  }
  filed.delete(key);
  if (filed.size === 0) {
    filed.buckets.delete(filed.name);
    if (filed.buckets.size === 0) {
      entry.groups.delete(filed.group);
      entry.groups.set(filed.group, filed.buckets);
    }
    filed.buckets.set(filed.name, filed);
  }
  filed.add(key);
  return filed;
}

function byResourceVersion(a: Slot, b: Slot): number {
  return Number(a.obj.metadata.resourceVersion) - Number(b.obj.metadata.resourceVersion);
}

function byNamespaceAndName(a: StoredObject, b: StoredObject): number {
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
