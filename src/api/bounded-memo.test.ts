import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMemo } from './bounded-memo';

test('answers a repeated key from the table without computing again', () => {
  const memo = new BoundedMemo<string, { n: number }>(4);
  let calls = 0;
  const compute = (key: string) => ({ n: (calls++, key.length) });
  const first = memo.getOrCompute('abc', compute);
  assert.equal(memo.getOrCompute('abc', compute), first);
  assert.equal(calls, 1);
  assert.deepEqual(first, { n: 3 });
});

test('starts over empty once it holds capacity entries, and a cleared key is computed again', () => {
  const memo = new BoundedMemo<number, string>(3);
  for (const k of [1, 2, 3]) memo.set(k, `v${k}`);
  assert.equal(memo.size, 3);
  memo.set(4, 'v4');
  assert.equal(memo.size, 1);
  assert.equal(memo.get(1), undefined);
  assert.equal(memo.get(4), 'v4');
  let calls = 0;
  assert.equal(memo.getOrCompute(1, (k) => (calls++, `v${k}`)), 'v1');
  assert.equal(calls, 1);
  assert.equal(memo.size, 2);
});

test('replacing a key already held does not empty a full table', () => {
  const memo = new BoundedMemo<string, number>(2);
  memo.set('a', 1);
  memo.set('b', 2);
  memo.set('b', 3);
  assert.equal(memo.size, 2);
  assert.equal(memo.get('a'), 1);
  assert.equal(memo.get('b'), 3);
});

test('never grows past its capacity over a key space that does not repeat', () => {
  const memo = new BoundedMemo<number, number>(100);
  let largest = 0;
  for (let k = 0; k < 10_000; k++) {
    assert.equal(memo.getOrCompute(k, (x) => x * 2), k * 2);
    largest = Math.max(largest, memo.size);
  }
  assert.equal(largest, 100);
});

test('an undefined result is not remembered', () => {
  const memo = new BoundedMemo<string, string | undefined>(4);
  let calls = 0;
  const compute = () => (calls++, undefined);
  assert.equal(memo.getOrCompute('x', compute), undefined);
  assert.equal(memo.getOrCompute('x', compute), undefined);
  assert.equal(calls, 2);
  assert.equal(memo.size, 0);
});

test('rejects a capacity below one', () => {
  assert.throws(() => new BoundedMemo(0), RangeError);
});
