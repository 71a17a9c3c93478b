import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareGoStrings } from '../../api/go-string-order';
import { goJson } from './go-json';

/** The obvious encoder, as the oracle: JSON.stringify over a key-sorted copy, then the HTML-safe escapes. */
function reference(value: unknown, indent = ''): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort(compareGoStrings);
    return Object.fromEntries(keys.map((k) => [k, sorted(record[k])]));
  };
  const text = JSON.stringify(sorted(value ?? null), null, indent || undefined);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.constantFrom('<a&b>', '\u2028\u2029', 'é', '\u{1F600}', '"\\\n', '\ud800x', 'a\udfff', '\u0000\u001f\u007f'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value')),
  ),
})).value;

test('goJson writes what JSON.stringify writes for the key-sorted value, HTML-escaped', () => {
  fc.assert(
    fc.property(json, fc.constantFrom('', '    ', '  '), (value, indent) => assert.equal(goJson(value, indent), reference(value, indent))),
    { numRuns: 3000 },
  );
});

test('last-applied style: compact, sorted, & escaped', () => {
  assert.equal(goJson({ b: 1, a: { z: [], y: {} }, c: 'x&y', d: undefined }), '{"a":{"y":{},"z":[]},"b":1,"c":"x\\u0026y"}');
  assert.equal(goJson({ a: [1, undefined] }, '    '), '{\n    "a": [\n        1,\n        null\n    ]\n}');
});

test('keys in UTF-8 byte order, as Go sorts map keys: U+FFFF before an astral character (UTF-16 order is the reverse)', () => {
  assert.equal(goJson({ '\u{1F600}': 1, '\uffff': 2, z: 3 }), '{"z":3,"\uffff":2,"\u{1F600}":1}');
});
