import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMismatches } from './partial-match';

test('maps match by subset and scalars by string form', () => {
  const actual = { spec: { replicas: 3, template: { metadata: { labels: { app: 'web' } } } }, status: { phase: 'Running' } };
  assert.deepEqual(findMismatches(actual, { spec: { replicas: '3' }, status: { phase: 'Running' } }), []);
  assert.deepEqual(findMismatches(actual, { status: { phase: 'Pending' } }), [{ path: 'status.phase', expected: 'Pending', actual: 'Running' }]);
});

test('lists match unordered by subset, each expected item against a distinct actual one', () => {
  const actual = { conditions: [{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }] };
  assert.deepEqual(findMismatches(actual, { conditions: [{ type: 'PodScheduled' }, { type: 'Ready', status: 'True' }] }), []);
  assert.equal(findMismatches(actual, { conditions: [{ type: 'Ready' }, { type: 'Ready' }] }).length, 1);
});

test('a missing field is a mismatch, null expects absence', () => {
  assert.equal(findMismatches({ a: 1 }, { b: 1 }).length, 1);
  assert.deepEqual(findMismatches({ a: 1 }, { b: null }), []);
});
