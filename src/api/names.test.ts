import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deepFreeze } from './deep-freeze';
import { canonicalJson, computeHash } from './names';

test('canonicalJson sorts keys by code unit, drops undefined fields and writes undefined items as null', () => {
  assert.equal(canonicalJson({ b: 1, a: [1, undefined, { z: 'x"y', y: null }], c: undefined, '10': 0, '9': 0 }), '{"10":0,"9":0,"a":[1,null,{"y":null,"z":"x\\"y"}],"b":1}');
  assert.equal(canonicalJson(undefined), 'null');
});

test('a frozen object gives the same text every time, and the hash follows the text', () => {
  const template = deepFreeze({ spec: { containers: [{ name: 'web', image: 'nginx' }] }, metadata: { labels: { app: 'web' } } });
  assert.equal(canonicalJson(template), canonicalJson(JSON.parse(JSON.stringify(template))));
  assert.equal(canonicalJson(template), canonicalJson(template));
  assert.equal(computeHash(template), computeHash(JSON.parse(JSON.stringify(template))));
});

/** The previous encoder (template literals, JSON.stringify per key and value), kept as the oracle. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record).sort().filter((key) => record[key] !== undefined);
  return `{${fields.map((key) => `${JSON.stringify(key)}:${reference(record[key])}`).join(',')}}`;
}

test('property: canonicalJson writes what the reference encoder writes', () => {
  const key = fc.oneof(fc.constantFrom('a', 'b', 'B', '10', '9', 'é', '"q"', 'line\n', '\u2028', 'toString'), fc.string({ maxLength: 4 }));
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, NaN, Infinity), fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  })).value;
  fc.assert(fc.property(json, (value) => assert.equal(canonicalJson(value), reference(value))), { numRuns: 1000 });
});
