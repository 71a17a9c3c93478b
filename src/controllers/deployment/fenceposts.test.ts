import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Deployment, ReplicaSet } from '../../api/schemas';
import { newRSNewReplicas, resolveFenceposts, scaledValue } from './fenceposts';

test('percentages resolve against replicas: surge rounds up, unavailable rounds down', () => {
  assert.deepEqual(resolveFenceposts('25%', '25%', 10), { surge: 3, unavailable: 2 });
  assert.deepEqual(resolveFenceposts('25%', '25%', 3), { surge: 1, unavailable: 0 });
  assert.deepEqual(resolveFenceposts('25%', '25%', 1), { surge: 1, unavailable: 0 });
  assert.deepEqual(resolveFenceposts(2, 3, 10), { surge: 2, unavailable: 3 });
});

test('when both fenceposts come to 0, maxUnavailable becomes 1', () => {
  assert.deepEqual(resolveFenceposts('0%', '10%', 5), { surge: 0, unavailable: 1 });
  assert.equal(scaledValue('10%', 5, false), 0);
});

function deployment(replicas: number, maxSurge: number | string): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable: '25%' } } },
  };
}

function rs(replicas: number): ReplicaSet {
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: `rs-${replicas}` }, spec: { replicas } };
}

test('the new RS grows up to the surge ceiling and never past replicas', () => {
  const d = deployment(10, '25%');
  const fresh = rs(0);
  assert.equal(newRSNewReplicas(d, [rs(10), fresh], fresh), 3, 'min(13 − 10, 10 − 0)');
  const grown = rs(3);
  assert.equal(newRSNewReplicas(d, [rs(8), grown], grown), 5, 'min(13 − 11, 7) → 3 + 2');
  const atCeiling = rs(3);
  assert.equal(newRSNewReplicas(d, [rs(10), atCeiling], atCeiling), 3, 'the ceiling is reached: stay put');
  const almost = rs(9);
  assert.equal(newRSNewReplicas(d, [rs(0), almost], almost), 10, 'never past replicas');
});

test('Recreate sizes the new RS at replicas at once', () => {
  const d: Deployment = { ...deployment(4, 1), spec: { replicas: 4, strategy: { type: 'Recreate' } } };
  const fresh = rs(0);
  assert.equal(newRSNewReplicas(d, [rs(4), fresh], fresh), 4);
});
