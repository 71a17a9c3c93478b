/**
 * The EventCorrelator's series cache (client-go tools/record/events_cache.go): what it remembers of each
 * series of identical Events — same involved object, field path, type, reason, message and source — in an
 * LRU of `capacity` series (maxLruCacheEntries), the least recently used dropped first.
 *
 * Why not a Map keyed by the fields joined into one string, as getEventKey builds it: that is a fresh
 * ≈ 150-character string per Event (≈ 2.7 KB per pod), hashed and compared character by character against
 * the stored one on every lookup. Here series are found through the involved object's uid — the string every
 * stored version of the object shares, whose hash V8 keeps — and told apart field by field. An object's few
 * series (a pod's five) are one list; one with many is indexed by message as well: a ReplicaSet's
 * `Created pod: <name>` Events are one series per pod about one object, so its list grew to the cache's whole
 * capacity and every Event walked it. A Map per object (uid, then message) made a Map per pod and two
 * lookups in cold tables per evicted series; a list costs neither, and evicting a pod's oldest series — last
 * in its list — only relinks its neighbours. The LRU order is a doubly linked list through the series
 * (LruOrder: a Map used as the order scanned up to ≈ 2,000 holes per new Event once full).
 */
import type { ObjectKey } from './object';
import { eventGroup } from './grouped-lru';
import { LruOrder } from './lru-order';

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
  /**
   * An aggregate Event's series: keyed by the aggregate key (no field path, no message; EventAggregate
   * returns it as the cache key), so its fieldPath and message are '' here.
   */
  readonly aggregate: boolean;
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
  /** The neighbours in its list: the series of its involved object, or in a large group those with its message too. */
  prev: EventSeries | undefined = undefined;
  next: EventSeries | undefined = undefined;

  constructor(
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
    readonly aggregate: boolean,
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
      this.host === id.host &&
      this.aggregate === id.aggregate
    );
  }
}

/** The series of one involved object that has many, by message: each a list through `next`. */
class MessageIndex extends Map<string, EventSeries> {}

/**
 * An involved object's series are one list until it has `chainLimit` of them (a pod has about five), then
 * a MessageIndex: no Map per object, and evicting a series that is not first in its list is a relink.
 */
const CHAIN_LIMIT = 16;

export class EventSeriesCache {
  /** By the involved object's uid (its name when it has none): the first of its series, or its MessageIndex. */
  private readonly groups = new Map<string, EventSeries | MessageIndex>();
  private readonly order = new LruOrder<EventSeries>();
  private count = 0;

  constructor(
    readonly capacity: number,
    private readonly chainLimit = CHAIN_LIMIT,
  ) {
    if (!(capacity >= 1)) throw new RangeError(`EventSeriesCache capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.count;
  }

  /** The series of `id`, which becomes the most recently used. */
  get(id: SeriesIdentity): EventSeries | undefined {
    const entry = this.groups.get(eventGroup(id.uid, id.name));
    for (let series = entry instanceof MessageIndex ? entry.get(id.message) : entry; series !== undefined; series = series.next) {
      if (!series.matches(id)) continue;
      this.order.touch(series);
      return series;
    }
    return undefined;
  }

  /** Starts the series of `id` (not in the cache) as the most recently used; beyond capacity the least recently used is dropped. */
  add(id: SeriesIdentity, eventName: string, firstTimestamp: string): EventSeries {
    const key = eventGroup(id.uid, id.name);
    const series = new EventSeries(id.kind, id.namespace, id.name, id.uid, id.fieldPath, id.type, id.reason, id.message, id.component, id.host, id.aggregate, eventName, firstTimestamp);
    const entry = this.groups.get(key);
    if (entry === undefined) this.groups.set(key, series);
    else if (entry instanceof MessageIndex) pushTo(entry, series);
    else if (shorterThan(entry, this.chainLimit)) this.groups.set(key, prepend(series, entry));
    else this.groups.set(key, pushTo(indexByMessage(entry), series));
    this.order.append(series);
    if (++this.count > this.capacity) this.evict(this.order.oldest!);
    return series;
  }

  /** Series from the least to the most recently used. */
  series(): IterableIterator<EventSeries> {
    return this.order.entries();
  }

  /** The oldest series of an object is mostly last in its list (series are added first): then it is only unlinked. */
  private evict(series: EventSeries): void {
    this.order.unlink(series);
    this.count--;
    const { prev, next } = series;
    series.prev = series.next = undefined;
    if (next !== undefined) next.prev = prev;
    if (prev !== undefined) {
      prev.next = next;
      return;
    }
    const key = eventGroup(series.uid, series.name);
    const entry = this.groups.get(key)!;
    if (entry === series) {
      if (next !== undefined) this.groups.set(key, next);
      else this.groups.delete(key);
    } else if (entry instanceof MessageIndex) {
      if (next !== undefined) entry.set(series.message, next);
      else if (entry.size > 1) entry.delete(series.message);
      else this.groups.delete(key);
    }
  }
}

/** Puts `series` first in the list that starts with `first`; returns it, the list's new first. */
function prepend(series: EventSeries, first: EventSeries | undefined): EventSeries {
  series.next = first;
  if (first !== undefined) first.prev = series;
  return series;
}

function pushTo(index: MessageIndex, series: EventSeries): MessageIndex {
  index.set(series.message, prepend(series, index.get(series.message)));
  return index;
}

function shorterThan(first: EventSeries, limit: number): boolean {
  let length = 0;
  for (let series: EventSeries | undefined = first; series !== undefined; series = series.next) if (++length >= limit) return false;
  return true;
}

/** An object's list of series, re-filed by message once it is long. */
function indexByMessage(first: EventSeries): MessageIndex {
  const index = new MessageIndex();
  for (let series: EventSeries | undefined = first; series !== undefined; ) {
    const next: EventSeries | undefined = series.next;
    series.prev = series.next = undefined;
    pushTo(index, series);
    series = next;
  }
  return index;
}
