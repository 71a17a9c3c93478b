import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wireJson } from './wire-json';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

test('equals the JSON round trip on manifests with undefined, non-finite and negative-zero values', () => {
  const value = { a: undefined, b: [1, undefined, () => 1, NaN, -Infinity, -0], c: { d: -0, e: null, f: 'x', g: true }, h: new Date(0) };
  assert.deepStrictEqual(wireJson(value), roundTrip(value));
  assert.ok(Object.is((wireJson({ z: -0 }) as { z: number }).z, 0));
});

test('keeps a __proto__ field as an own field, as JSON.parse does', () => {
  const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
  const copy = wireJson(value) as Record<string, unknown>;
  assert.deepStrictEqual(Object.keys(copy), ['__proto__', 'a']);
  assert.equal(Object.getPrototypeOf(copy), Object.prototype);
});

test('agrees with the JSON round trip on arbitrary values', () => {
  const anything = fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: false, withMap: false, withSet: false, withBigInt: false, withDate: true, withTypedArray: false });
  fc.assert(fc.property(fc.dictionary(fc.string(), anything), (value) => {
    assert.deepStrictEqual(wireJson(value), roundTrip(value));
    return true;
  }), { numRuns: 2000 });
});
