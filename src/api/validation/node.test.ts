import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const node = (spec: string): ReturnType<typeof manifest> => manifest(`apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nspec:\n${spec}`);

test('taints are reported under metadata.taints, unique by key and effect', () => {
  assert.deepEqual(validateCreate(node('  podCIDRs: [10.244.0.0/24]\n  taints: [{key: dedicated, value: gpu, effect: NoSchedule}]')), []);
  assert.deepEqual(rendered(validateCreate(node('  taints:\n  - {key: a, effect: NoSchedule}\n  - {key: a, effect: NoSchedule}\n  - {key: b, effect: Sometimes}'))), [
    'metadata.taints[1]: Duplicate value: core.Taint{Key:"a", Value:"", Effect:"NoSchedule", TimeAdded:(*v1.Time)(nil)}: taints must be unique by key and effect pair',
    'metadata.taints[2].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
  ]);
});

test('podCIDRs are set once', () => {
  const old = node('  podCIDRs: [10.244.0.0/24]');
  assert.deepEqual(rendered(validateUpdate(node('  podCIDRs: [10.244.1.0/24]'), old)), ['spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid']);
  assert.deepEqual(validateUpdate(node('  podCIDRs: [10.244.0.0/24]\n  unschedulable: true'), old), []);
});
