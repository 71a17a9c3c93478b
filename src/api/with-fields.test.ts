import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { withFields } from './with-fields';

test('withFields is the spread: same keys, same order, fields win', () => {
  const source = { b: 1, a: 2, c: 3 };
  const result = withFields(source, { a: 9, d: 4 });
  assert.deepEqual(Object.entries(result), Object.entries({ ...source, ...{ a: 9, d: 4 } }));
  assert.deepEqual(source, { b: 1, a: 2, c: 3 });
});

test('an own __proto__ field stays an own field, as with a spread', () => {
  const source = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as Record<string, unknown>;
  const result = withFields(source, { b: 2 });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.deepEqual(Object.keys(result), ['__proto__', 'a', 'b']);
});

test('objects built by withFields from like sources share one hidden class, with a warm inline cache', () => {
  setFlagsFromString('--allow-natives-syntax');
  const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
  const build = (i: number) => withFields({ name: `n${i}`, labels: {} }, { namespace: 'default' });
  const built = Array.from({ length: 1000 }, (_, i) => build(i));
  assert.ok(built.every((obj) => sameMap(obj, built[0]!)));
});
