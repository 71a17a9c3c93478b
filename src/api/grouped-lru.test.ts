import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GroupedLru, LruEntry } from './grouped-lru';

class Entry extends LruEntry<string> {
  key = '';
  matches(key: string): boolean {
    return this.key === key;
  }
}

test('GroupedLru finds, keeps, evicts and hands back exactly what a Map used as an LRU does', () => {
  const op = fc.record({ group: fc.constantFrom('a', 'b', 'c'), key: fc.constantFrom('1', '2', '3'), reuse: fc.boolean() });
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5 }), fc.array(op, { maxLength: 120 }), (capacity, ops) => {
      const lru = new GroupedLru<string, Entry>(capacity);
      const reference = new Map<string, true>();
      for (const { group, key, reuse } of ops) {
        const joined = `${group}/${key}`;
        const found = lru.get(group, joined);
        assert.equal(found?.key, reference.has(joined) ? joined : undefined);
        reference.delete(joined);
        reference.set(joined, true);
        if (found) continue;
        const reclaimed = reuse ? lru.reclaim() : undefined;
        if (reclaimed) assert.equal(reclaimed.key, [...reference.keys()][0]);
        const entry = reclaimed ?? new Entry();
        entry.key = joined;
        lru.add(group, entry);
        if (reference.size > capacity) reference.delete(reference.keys().next().value!);
        assert.deepEqual([...lru.entries()].map((e) => e.key), [...reference.keys()]);
      }
    }),
    { numRuns: 1000 },
  );
});

test('GroupedLru hands back nothing until it is full, and refuses a capacity below 1', () => {
  const lru = new GroupedLru<string, Entry>(1);
  assert.equal(lru.reclaim(), undefined);
  lru.add('a', new Entry());
  assert.ok(lru.reclaim());
  assert.equal(lru.size, 0);
  assert.throws(() => new GroupedLru(0), RangeError);
});
