import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from './seeded-random';

test('the same seed gives the same sequence; another seed another one', () => {
  const a = new SeededRandom(42);
  const b = new SeededRandom(42);
  const c = new SeededRandom(43);
  const seqA = [a.string(5), a.uuid(), a.int(1000)];
  assert.deepEqual([b.string(5), b.uuid(), b.int(1000)], seqA);
  assert.notDeepEqual([c.string(5), c.uuid(), c.int(1000)], seqA);
});

test('name suffixes use the vowel-free alphabet', () => {
  const random = new SeededRandom(7);
  for (let i = 0; i < 100; i++) assert.match(random.string(5), /^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
});
