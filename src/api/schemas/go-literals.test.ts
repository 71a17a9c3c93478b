import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBase64, checkQuantity } from './go-literals';

test('checkQuantity accepts what resource.ParseQuantity accepts', () => {
  for (const ok of ['1', '0.5', '500m', '1Gi', '128974848', '129e6', '123Mi', ' 2 ', 1, 0.25, '+1', '.5']) {
    assert.equal(checkQuantity(ok), undefined, String(ok));
  }
  assert.match(checkQuantity('abc') ?? '', /^quantities must match the regular expression/);
  assert.match(checkQuantity(true) ?? '', /^quantities must match/);
  assert.match(checkQuantity('1Gb') ?? '', /^quantities must match/);
  assert.equal(checkQuantity('1iG'), "unable to parse quantity's suffix");
});

test('checkBase64 reports the offset encoding/base64 reports', () => {
  assert.equal(checkBase64('cGFzc3dvcmQ='), undefined);
  assert.equal(checkBase64('YQ=='), undefined);
  assert.equal(checkBase64(''), undefined);
  assert.equal(checkBase64('ab!d'), 'illegal base64 data at input byte 2');
  assert.equal(checkBase64('abcde'), 'illegal base64 data at input byte 4');
  assert.equal(checkBase64('abcdef'), 'illegal base64 data at input byte 4');
});
