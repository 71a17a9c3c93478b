import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeInfoWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { nodeUnschedulable } from './node-unschedulable';

const cordoned = nodeInfoWith(testNode('node-1', { spec: { unschedulable: true } }));

test('a cordoned node rejects pods as unresolvable', () => {
  assert.deepEqual(runPlugin(nodeUnschedulable, testPod('web'), cordoned), { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] });
});

test('a schedulable node passes', () => {
  assert.equal(runPlugin(nodeUnschedulable, testPod('web'), nodeInfoWith(testNode('node-1'))), undefined);
});

test('tolerating node.kubernetes.io/unschedulable:NoSchedule lets a pod onto a cordoned node', () => {
  const pod = testPod('ds', { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] });
  assert.equal(runPlugin(nodeUnschedulable, pod, cordoned), undefined);
});

test('an Exists toleration with no key tolerates the cordon too', () => {
  assert.equal(runPlugin(nodeUnschedulable, testPod('ds', { tolerations: [{ operator: 'Exists' }] }), cordoned), undefined);
});
