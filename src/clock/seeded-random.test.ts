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

test('uuid is a version-4-shaped UUID of four draws, each digit of them where the slices put it', () => {
  const random = new SeededRandom(99);
  const twin = new SeededRandom(99);
  const word = () => Math.floor(twin.next() * 4294967296).toString(16).padStart(8, '0');
  for (let i = 0; i < 1000; i++) {
    const [a, b, c, d] = [word(), word(), word(), word()];
    const expected = `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0]!, 16) & 3) | 8).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${d}`;
    assert.equal(random.uuid(), expected);
  }
  assert.match(random.uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
