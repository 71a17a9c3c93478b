/**
 * A module-level memo with a size bound: answers repeat lookups of a pure function of the key (a parsed
 * bucket string, a rendered file, a spec per image reference), and starts over empty once it holds
 * `capacity` entries. Starting over rather than evicting one entry at a time keeps a hit to a single Map
 * lookup with no bookkeeping: these tables serve a handful of distinct keys per workload (every replica of
 * a template asks for the same few), so the bound is only a guard against a key space that never repeats
 * (a fresh name per pod) growing the table for the life of the process. What a memo returns must never
 * depend on whether it was remembered: a cleared entry is computed again, equal to the one it replaces.
 */
export class BoundedMemo<K, V> {
  private readonly table = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`BoundedMemo capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.table.size;
  }

  get(key: K): V | undefined {
    return this.table.get(key);
  }

  /** Remembers `value` under `key` (emptying the table first when it is full) and returns it. */
  set(key: K, value: V): V {
    if (this.table.size >= this.capacity && !this.table.has(key)) this.table.clear();
    this.table.set(key, value);
    return value;
  }

  /**
   * The remembered value, or `compute(key)` remembered. Pass a module-level function, not a closure made
   * per call: the point of a memo on a hot path is to allocate nothing on a hit. An `undefined` result is
   * not remembered (it could not be told from a miss), so it is computed again on each call.
   */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const known = this.table.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    return value === undefined ? value : this.set(key, value);
  }

  clear(): void {
    this.table.clear();
  }
}
