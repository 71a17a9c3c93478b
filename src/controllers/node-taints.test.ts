import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Node } from '../api/schemas';
import { noExecuteTaints, noScheduleTaints, reconcileTaints } from './node-taints';

const node = (conditions: [string, string][], unschedulable = false): Node =>
  ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, spec: { unschedulable }, status: { conditions: conditions.map(([type, status]) => ({ type, status })) } }) as Node;

test('conditions and cordon map to NoSchedule taints', () => {
  assert.deepEqual(noScheduleTaints(node([['Ready', 'Unknown'], ['MemoryPressure', 'True'], ['DiskPressure', 'False']], true)), [
    { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
  ]);
  assert.deepEqual(noScheduleTaints(node([['Ready', 'True']])), []);
});

test('Ready False is not-ready, Unknown is unreachable, and nothing while evictions are suspended', () => {
  assert.deepEqual(noExecuteTaints(node([['Ready', 'False']]), () => false), [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }]);
  assert.deepEqual(noExecuteTaints(node([['Ready', 'Unknown']]), () => false), [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }]);
  assert.deepEqual(noExecuteTaints(node([['Ready', 'Unknown']]), () => true), []);
  assert.deepEqual(noExecuteTaints(node([]), () => false), []);
});

test('managed taints are swapped, user taints and timeAdded of kept ones survive', () => {
  const current = [
    { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', timeAdded: '2025-01-01T00:00:00Z' },
    { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2025-01-01T00:00:00Z' },
  ];
  const wanted = [
    { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
  ];
  assert.deepEqual(reconcileTaints(current, wanted, '2025-01-01T00:01:00Z'), [
    { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: '2025-01-01T00:00:00Z' },
    { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2025-01-01T00:01:00Z' },
  ]);
  assert.equal(reconcileTaints(current.slice(0, 1), [], 'x'), undefined);
});
