/**
 * An LRU of records grouped by the involved object's uid, for the EventCorrelator's aggregator and spam
 * filter (client-go tools/record/events_cache.go, each an `lru.New(maxLruCacheEntries)` of groupcache).
 *
 * Shaped like EventSeriesCache (read its header) rather than a Map keyed by getSpamKey's or
 * EventAggregatorByReasonFunc's joined string: such a key would be a fresh string per Event, hashed and
 * compared whole. An object's few records (a pod's handful of reasons, its two sources) are one list found
 * through its uid, whose hash V8 keeps; the LRU order is a doubly linked list through the records.
 *
 * A full cache hands its least recently used record back for reuse (`reclaim`): at the scale benchmark
 * nearly every Event starts a record and the cache is full, so reusing the evicted one allocates nothing.
 */
import { LruOrder } from './lru-order';

/** A record's links, kept in the record itself. */
export abstract class LruEntry<Probe> {
  /** The group (uid, else name) it is filed under. */
  group = '';
  /** Towards the least recently used end. */
  older: this | undefined = undefined;
  /** Towards the most recently used end. */
  newer: this | undefined = undefined;
  /** Its neighbours in the list of its group. */
  prev: this | undefined = undefined;
  next: this | undefined = undefined;

  abstract matches(probe: Probe): boolean;
}

export class GroupedLru<Probe, Entry extends LruEntry<Probe>> {
  /** The first record of each group's list. */
  private readonly groups = new Map<string, Entry>();
  private readonly order = new LruOrder<Entry>();
  private count = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`GroupedLru capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.count;
  }

  /** The record of `group` that matches `probe`, which becomes the most recently used (lru.Cache.Get). */
  get(group: string, probe: Probe): Entry | undefined {
    for (let entry = this.groups.get(group); entry !== undefined; entry = entry.next) {
      if (!entry.matches(probe)) continue;
      this.order.touch(entry);
      return entry;
    }
    return undefined;
  }

  /**
   * When the cache is full, removes its least recently used record and returns it, for the caller to fill
   * with a new identity and `add`: adding to a full groupcache LRU evicts that same record.
   */
  reclaim(): Entry | undefined {
    if (this.count < this.capacity) return undefined;
    const entry = this.order.oldest!;
    this.remove(entry);
    return entry;
  }

  /** Files `entry` (not in the cache) under `group` as the most recently used; beyond capacity the least recently used is dropped. */
  add(group: string, entry: Entry): Entry {
    entry.group = group;
    const first = this.groups.get(group);
    entry.prev = undefined;
    entry.next = first;
    if (first !== undefined) first.prev = entry;
    this.groups.set(group, entry);
    this.order.append(entry);
    if (++this.count > this.capacity) this.remove(this.order.oldest!);
    return entry;
  }

  /** Records from the least to the most recently used. */
  entries(): IterableIterator<Entry> {
    return this.order.entries();
  }

  private remove(entry: Entry): void {
    this.order.unlink(entry);
    this.count--;
    const { prev, next } = entry;
    entry.prev = entry.next = undefined;
    if (next !== undefined) next.prev = prev;
    if (prev !== undefined) prev.next = next;
    else if (next !== undefined) this.groups.set(entry.group, next);
    else this.groups.delete(entry.group);
  }
}

/** An Event's group: the involved object's uid, its name when it has none. */
export function eventGroup(uid: string, name: string): string {
  return uid !== '' ? uid : name;
}
