import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { partialSort } from './partial-sort';

const byValue = (a: number, b: number) => a - b;

test('the first k of a sort, in order', () => {
  assert.deepEqual(partialSort([5, 1, 4, 2, 3], 2, byValue), [1, 2]);
  assert.deepEqual(partialSort([5, 1, 4], 0, byValue), []);
  assert.deepEqual(partialSort([5, 1, 4], 7, byValue), [1, 4, 5]);
});

test('equals sort + slice for any input and k (distinct keys: a total order)', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer(), { maxLength: 60 }), fc.nat(70), (items, k) => {
      assert.deepEqual(partialSort(items, k, byValue), [...items].sort(byValue).slice(0, k));
    }),
  );
});
