import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentValues } from './recent-values';

test('keeps the last values up to its capacity, replacing the oldest first', () => {
  const recent = new RecentValues<string>(3);
  assert.equal(recent.remember('a'), 'a');
  recent.remember('b');
  recent.remember('c');
  assert.deepEqual([0, 1, 2].map((i) => recent.at(i)), ['a', 'b', 'c']);
  recent.remember('d');
  recent.remember('e');
  assert.equal(recent.size, 3);
  assert.deepEqual([0, 1, 2].map((i) => recent.at(i)), ['d', 'e', 'c']);
});
