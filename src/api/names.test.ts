import { test } from 'node:test';
import assert from 'node:assert/strict';
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
