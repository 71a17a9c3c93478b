import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { compactWith } from './compact-with';

test('compactWith is the spread: same keys, same order, fields win, source untouched', () => {
  const source = { b: 1, a: 2, c: 3 };
  const result = compactWith(source, { a: 9, d: 4 });
  assert.deepEqual(Object.entries(result), Object.entries({ ...source, ...{ a: 9, d: 4 } }));
  assert.deepEqual(source, { b: 1, a: 2, c: 3 });
});

test('the copy is a plain object to every reader', () => {
  const result = compactWith({ name: 'web', namespace: 'default' }, { resourceVersion: '7' });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.equal(result.constructor, Object);
  assert.deepStrictEqual(result, { name: 'web', namespace: 'default', resourceVersion: '7' });
  assert.equal(JSON.stringify(result), '{"name":"web","namespace":"default","resourceVersion":"7"}');
  assert.deepStrictEqual(structuredClone(result), result);
});

test('frozen sources, undefined fields and sources of every size copy like a spread', () => {
  for (let size = 0; size <= 25; size++) {
    const source: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) source[`k${i}`] = i % 3 === 0 ? undefined : i;
    Object.freeze(source);
    const fields = { k1: 'over', extra: undefined };
    const result = compactWith(source, fields);
    assert.deepStrictEqual(Object.entries(result), Object.entries({ ...source, ...fields }));
    assert.ok(!Object.isFrozen(result));
  }
});

test('an own __proto__ field stays an own field, as with a spread', () => {
  const source = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as Record<string, unknown>;
  const result = compactWith(source, { b: 2 });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result), ['__proto__', 'a', 'b']);
});

test('copies of like sources share one hidden class', () => {
  setFlagsFromString('--allow-natives-syntax');
  const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
  const build = (i: number) => compactWith({ generateName: 'web-', namespace: 'default', labels: {}, ownerReferences: [], name: `web-${i}` }, { uid: `u${i}` });
  const built = Array.from({ length: 1000 }, (_, i) => build(i));
  assert.ok(built.every((obj) => sameMap(obj, built[0]!)));
});
