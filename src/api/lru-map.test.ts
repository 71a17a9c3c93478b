import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LruMap } from './lru-map';

/** The LRU it replaces in the event recorder: a Map re-inserted on each use, evicting its first key. */
class MapLru {
  readonly map = new Map<number, number>();
  constructor(private readonly capacity: number) {}
  get(key: number): number | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  set(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

test('LruMap keeps, returns and evicts exactly what a re-inserted Map does', () => {
  const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 12 }), fc.integer());
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }), fc.array(op, { maxLength: 200 }), (capacity, ops) => {
      const lru = new LruMap<number, number>(capacity);
      const reference = new MapLru(capacity);
      for (const [isGet, key, value] of ops) {
        if (isGet) assert.equal(lru.get(key), reference.get(key));
        else {
          lru.set(key, value);
          reference.set(key, value);
        }
        assert.equal(lru.size, reference.map.size);
        assert.deepEqual([...lru.keys()], [...reference.map.keys()]);
      }
    }),
    { numRuns: 500 },
  );
});

test('LruMap drops the least recently used entry, a read counting as a use', () => {
  const lru = new LruMap<string, number>(2);
  lru.set('a', 1);
  lru.set('b', 2);
  assert.equal(lru.get('a'), 1);
  lru.set('c', 3);
  assert.deepEqual([...lru.keys()], ['a', 'c']);
  assert.equal(lru.get('b'), undefined);
  assert.throws(() => new LruMap(0), RangeError);
});
