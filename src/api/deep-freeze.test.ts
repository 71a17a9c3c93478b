import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze, shareEqual } from './deep-freeze';

const old = deepFreeze({ phase: 'Pending', conditions: [{ type: 'Ready', status: 'False' }], hostIPs: [{ ip: '172.18.0.2' }] });

test('an equal value gives the old object itself, whatever the key order or undefined fields', () => {
  const next = { hostIPs: [{ ip: '172.18.0.2' }], conditions: [{ status: 'False', type: 'Ready' }], phase: 'Pending', reason: undefined };
  assert.equal(shareEqual(next, old), old);
});

test('a changed value shares every unchanged subtree with the old one', () => {
  const next = { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], hostIPs: [{ ip: '172.18.0.2' }] };
  const shared = shareEqual(next, old);
  assert.notEqual(shared, old);
  assert.deepEqual(shared, next);
  assert.equal(shared.conditions, old.conditions);
  assert.equal(shared.hostIPs, old.hostIPs);
});

test('added, removed and retyped fields and array lengths count as changes', () => {
  assert.notEqual(shareEqual({ ...old, message: 'x' }, old), old);
  assert.notEqual(shareEqual({ phase: 'Pending', conditions: old.conditions }, old), old);
  assert.notEqual(shareEqual({ ...old, conditions: [...old.conditions, { type: 'X', status: 'True' }] }, old), old);
  assert.notEqual(shareEqual({ ...old, conditions: {} }, old), old);
  assert.equal(shareEqual(null, old), null);
  assert.equal(shareEqual(0, false), 0);
});
