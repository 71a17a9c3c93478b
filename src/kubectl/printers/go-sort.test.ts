import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { goSortSlice } from './go-sort';

/**
 * testdata/go-sort-cases.json was written by Go's own sort.Sort (go1.19.8, whose pdqsort and xorshift are
 * Go 1.23's): rows of (key, id) sorted by key with kubectl's Less, where a key of -1 is a missing field.
 */
interface Case {
  keys: number[];
  order: number[];
}
const CASES = JSON.parse(readFileSync(join(__dirname, 'testdata', 'go-sort-cases.json'), 'utf8')) as Case[];

function kubectlLess(a: { key: number }, b: { key: number }): boolean {
  if (a.key < 0) return true;
  if (b.key < 0) return false;
  return a.key < b.key;
}

test('ties and missing fields come out in the order Go 1.23 sort.Sort leaves them', () => {
  assert.ok(CASES.length > 100);
  for (const { keys, order } of CASES) {
    const rows = keys.map((key, id) => ({ key, id }));
    goSortSlice(rows, kubectlLess);
    assert.deepEqual(rows.map((r) => r.id), order, `keys ${JSON.stringify(keys)}`);
  }
});

test('a strict order sorts as any correct sort does', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 400 }), (values) => {
      const sorted = goSortSlice([...values], (a, b) => a < b);
      assert.deepEqual(sorted, [...values].sort((a, b) => a - b));
    }),
    { numRuns: 300 },
  );
});
