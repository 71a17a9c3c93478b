/**
 * The recency order of an LRU, as a doubly linked list through its entries: moving an entry to the most
 * recent end is a relink. (A Map used as the order — deleted and set again on each use — leaves a hole per
 * move that V8 compacts only when the table grows, so finding the oldest entry scanned the holes.) Shared by
 * the EventCorrelator's caches: EventSeriesCache and GroupedLru.
 */
export interface LruLinks<T> {
  /** Towards the least recently used end. */
  older: T | undefined;
  /** Towards the most recently used end. */
  newer: T | undefined;
}

export class LruOrder<T extends LruLinks<T>> {
  /** The least recently used entry. */
  oldest: T | undefined = undefined;
  private newest: T | undefined = undefined;

  /** Moves a linked entry to the most recently used end. */
  touch(entry: T): void {
    this.unlink(entry);
    this.append(entry);
  }

  /** Links an unlinked entry at the most recently used end. */
  append(entry: T): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }

  unlink(entry: T): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }

  /** Entries from the least to the most recently used. */
  *entries(): IterableIterator<T> {
    for (let entry = this.oldest; entry; entry = entry.newer) yield entry;
  }
}
