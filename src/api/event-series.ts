/**
 * The EventCorrelator's series cache (client-go tools/record/events_cache.go): what it remembers of each
 * series of identical Events — same involved object, field path, type, reason, message and source — in an
 * LRU of `capacity` series (maxLruCacheEntries), the least recently used dropped first.
 *
 * Why not a Map keyed by the fields joined into one string, as getEventKey builds it: that is a fresh
 * ≈ 150-character string per Event (≈ 2.7 KB per pod), hashed and compared character by character against
 * the stored one on every lookup. Here series are found through the involved object's uid — the string every
 * stored version of the object shares, whose hash V8 keeps — and then its message, and the few series left
 * (same object and message, another reason or field path) are told apart field by field. The message level
 * matters for controllers: a ReplicaSet's `Created pod: <name>` Events are one series per pod about one
 * object, so a list per object grew to the cache's whole capacity and every Event walked it. The LRU order is
 * a doubly linked list through the series: a Map used as an LRU (deleted and set again on each use, evicting
 * its first key) leaves a hole per move that V8 compacts only when the table grows, so finding the oldest
 * entry scanned up to ≈ 2,000 holes per new Event once full.
 */
import type { ObjectKey } from './object';

/** The fields an Event's series is identified by (getEventKey), missing ones as ''. */
export interface SeriesIdentity {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly fieldPath: string;
  readonly type: string;
  readonly reason: string;
  readonly message: string;
  readonly component: string;
  readonly host: string;
}

/** eventLog: what the correlator remembers of a series, and its place in the cache. */
export class EventSeries implements SeriesIdentity {
  count = 1;
  /** The key the store holds the series' Event under (`ObjectStore.storedKey`), once it is written. */
  storedKey: ObjectKey | undefined = undefined;
  /** Towards the least recently used end. */
  older: EventSeries | undefined = undefined;
  /** Towards the most recently used end. */
  newer: EventSeries | undefined = undefined;
  /** The next series of the same involved object with the same message. */
  next: EventSeries | undefined = undefined;

  constructor(
    readonly group: string,
    readonly kind: string,
    readonly namespace: string,
    readonly name: string,
    readonly uid: string,
    readonly fieldPath: string,
    readonly type: string,
    readonly reason: string,
    readonly message: string,
    readonly component: string,
    readonly host: string,
    /** The Event's name. */
    readonly eventName: string,
    readonly firstTimestamp: string,
  ) {}

  matches(id: SeriesIdentity): boolean {
    return (
      this.uid === id.uid &&
      this.reason === id.reason &&
      this.message === id.message &&
      this.fieldPath === id.fieldPath &&
      this.type === id.type &&
      this.name === id.name &&
      this.kind === id.kind &&
      this.namespace === id.namespace &&
      this.component === id.component &&
      this.host === id.host
    );
  }
}

/** The series of one involved object, by message. */
type SeriesGroup = Map<string, EventSeries>;

export class EventSeriesCache {
  /** Series by the involved object's uid (its name when it has none), then by message. */
  private readonly groups = new Map<string, SeriesGroup>();
  private oldest: EventSeries | undefined = undefined;
  private newest: EventSeries | undefined = undefined;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`EventSeriesCache capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.count;
  }

  /** The series of `id`, which becomes the most recently used. */
  get(id: SeriesIdentity): EventSeries | undefined {
    for (let series = this.groups.get(groupOf(id))?.get(id.message); series !== undefined; series = series.next) {
      if (!series.matches(id)) continue;
      this.unlink(series);
      this.append(series);
      return series;
    }
    return undefined;
  }

  /** Starts the series of `id` (not in the cache) as the most recently used; beyond capacity the least recently used is dropped. */
  add(id: SeriesIdentity, eventName: string, firstTimestamp: string): EventSeries {
    const key = groupOf(id);
    const series = new EventSeries(key, id.kind, id.namespace, id.name, id.uid, id.fieldPath, id.type, id.reason, id.message, id.component, id.host, eventName, firstTimestamp);
    let group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, (group = new Map()));
    series.next = group.get(id.message);
    group.set(id.message, series);
    this.append(series);
    if (++this.count > this.capacity) this.evict(this.oldest!);
    return series;
  }

  /** Series from the least to the most recently used. */
  *series(): IterableIterator<EventSeries> {
    for (let series = this.oldest; series; series = series.newer) yield series;
  }

  private evict(series: EventSeries): void {
    this.unlink(series);
    this.count--;
    const group = this.groups.get(series.group)!;
    const first = group.get(series.message)!;
    if (first !== series) {
      let before = first;
      while (before.next !== series) before = before.next!;
      before.next = series.next;
    } else if (series.next) group.set(series.message, series.next);
    else if (group.size > 1) group.delete(series.message);
    else this.groups.delete(series.group);
  }
  private unlink(series: EventSeries): void {
    if (series.older) series.older.newer = series.newer;
    else this.oldest = series.newer;
    if (series.newer) series.newer.older = series.older;
    else this.newest = series.older;
    series.older = series.newer = undefined;
  }

  private append(series: EventSeries): void {
    series.older = this.newest;
    if (this.newest) this.newest.newer = series;
    else this.oldest = series;
    this.newest = series;
  }
}

function groupOf(id: SeriesIdentity): string {
  return id.uid !== '' ? id.uid : id.name;
}
