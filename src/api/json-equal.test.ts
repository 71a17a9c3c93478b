import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from './names';
import { jsonEqual } from './json-equal';

test('agrees with comparing canonicalJson texts', () => {
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(fc.constantFrom(null, undefined, 0, -0, 1, NaN, Infinity, '', '1', 'a', true, false), fc.integer({ min: -3, max: 3 })),
    node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 })),
  })).node;
  fc.assert(
    fc.property(value, value, (a, b) => {
      assert.equal(jsonEqual(a, b), canonicalJson(a) === canonicalJson(b));
      assert.equal(jsonEqual(a, structuredClone(a)), true);
    }),
    { numRuns: 3000 },
  );
});

test('key order and undefined fields do not matter; arrays keep order', () => {
  assert.equal(jsonEqual({ a: 1, b: [1, 2], c: undefined }, { b: [1, 2], a: 1 }), true);
  assert.equal(jsonEqual({ a: [1, 2] }, { a: [2, 1] }), false);
  assert.equal(jsonEqual({ a: 1 }, { a: 1, b: null }), false);
  assert.equal(jsonEqual({ conditions: [{ type: 'Available', status: 'True' }] }, { conditions: [{ status: 'True', type: 'Available' }] }), true);
});
