/**
 * A map bounded to `capacity` entries that drops the least recently used one, as golang-lru's simplelru (the
 * cache client-go's EventCorrelator keeps its series in, tools/record/events_cache.go).
 *
 * Why not a plain Map re-inserted on each use, evicting its first key: V8's ordered hash table leaves a hole
 * for every deleted entry and compacts only when it grows, so `keys().next()` on a full LRU scans up to half
 * the table's capacity of holes — thousands of reads per eviction. Here the order is a doubly linked list
 * through the entries and the Map is only looked up, added to and deleted from.
 */
interface Entry<K, V> {
  readonly key: K;
  value: V;
  /** Towards the least recently used end. */
  older: Entry<K, V> | undefined;
  /** Towards the most recently used end. */
  newer: Entry<K, V> | undefined;
}

export class LruMap<K, V> {
  private readonly entries = new Map<K, Entry<K, V>>();
  private oldest: Entry<K, V> | undefined;
  private newest: Entry<K, V> | undefined;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`LruMap capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value under `key`, which becomes the most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.unlink(entry);
    this.append(entry);
    return entry.value;
  }

  /** Adds or replaces `key` as the most recently used; beyond capacity the least recently used is dropped. */
  set(key: K, value: V): void {
    const known = this.entries.get(key);
    if (known) {
      known.value = value;
      this.unlink(known);
      this.append(known);
      return;
    }
    const entry: Entry<K, V> = { key, value, older: undefined, newer: undefined };
    this.entries.set(key, entry);
    this.append(entry);
    if (this.entries.size > this.capacity) this.evict(this.oldest!);
  }

  /** Keys from the least to the most recently used. */
  *keys(): IterableIterator<K> {
    for (let entry = this.oldest; entry; entry = entry.newer) yield entry.key;
  }

  private evict(entry: Entry<K, V>): void {
    this.unlink(entry);
    this.entries.delete(entry.key);
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }

  private append(entry: Entry<K, V>): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }
}
