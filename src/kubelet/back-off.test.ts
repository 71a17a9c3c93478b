import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackOff, newCrashLoopBackOff } from './back-off';

test('crash-loop delays before restarts 1, 2, 3… are 0, 10, 20, 40 seconds from each crash', () => {
  const backOff = newCrashLoopBackOff();
  const key = 'web';
  // t=0: first crash; no entry, so the sync restarts at once and starts a 10s back-off.
  assert.equal(backOff.isInBackOffSince(key, 0, 1_000), false);
  backOff.next(key, 0, 1_000);
  // t=5: second crash; restarts are held until 10s after it.
  assert.equal(backOff.isInBackOffSince(key, 5_000, 14_999), true);
  assert.equal(backOff.isInBackOffSince(key, 5_000, 15_000), false);
  backOff.next(key, 5_000, 15_000);
  assert.equal(backOff.get(key), 20_000);
  assert.equal(backOff.isInBackOffSince(key, 20_000, 39_999), true);
  assert.equal(backOff.isInBackOffSince(key, 20_000, 40_000), false);
});

test('the delay doubles up to five minutes', () => {
  const backOff = newCrashLoopBackOff();
  for (let i = 0; i < 10; i++) backOff.next('c', i * 1_000, i * 1_000);
  assert.equal(backOff.get('c'), 300_000);
});

test('a container that ran for more than 10 minutes starts again at 10 seconds (v1.32 HasExpiredFunc)', () => {
  const backOff = newCrashLoopBackOff();
  backOff.next('c', 0, 0);
  backOff.next('c', 1_000, 1_000);
  assert.equal(backOff.get('c'), 20_000);
  // The crash happened 601s after the last admitted restart.
  assert.equal(backOff.isInBackOffSince('c', 602_000, 602_500), false);
  backOff.next('c', 602_000, 602_500);
  assert.equal(backOff.get('c'), 10_000);
});

test('image pulls are in back-off since the last failed attempt', () => {
  const backOff = new BackOff(10_000, 300_000);
  backOff.next('img', 0, 0);
  assert.equal(backOff.isInBackOffSinceUpdate('img', 9_999), true);
  assert.equal(backOff.isInBackOffSinceUpdate('img', 10_000), false);
  backOff.resetPrefix('im');
  assert.equal(backOff.get('img'), 0);
});
