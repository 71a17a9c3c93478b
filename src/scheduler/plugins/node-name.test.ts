import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeInfoWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { nodeName } from './node-name';

test('a pod without spec.nodeName passes every node', () => {
  assert.equal(runPlugin(nodeName, testPod('web'), nodeInfoWith(testNode('node-1'))), undefined);
});

test('a pod naming a node fits only that node, as unresolvable elsewhere', () => {
  const pod = testPod('web', { nodeName: 'node-2' });
  assert.equal(runPlugin(nodeName, pod, nodeInfoWith(testNode('node-2'))), undefined);
  assert.deepEqual(runPlugin(nodeName, pod, nodeInfoWith(testNode('node-1'))), { code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match the requested node name"] });
});
