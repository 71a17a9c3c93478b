import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeInfoWith, requesting, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { nodeResourcesFit } from './node-resources-fit';

const bound = (name: string, cpu?: string, memory?: string) => testPod(name, { nodeName: 'node-1', containers: [requesting(cpu, memory)] });

test('requests are checked against allocatable minus what bound pods request', () => {
  const node = nodeInfoWith(testNode('node-1', { cpu: '2', memory: '4Gi' }), [bound('a', '1500m', '1Gi')]);
  assert.equal(runPlugin(nodeResourcesFit, testPod('fits', { containers: [requesting('500m', '3Gi')] }), node), undefined);
  assert.deepEqual(runPlugin(nodeResourcesFit, testPod('big', { containers: [requesting('501m', '4Gi')] }), node), {
    code: 'Unschedulable',
    reasons: ['Insufficient cpu', 'Insufficient memory'],
  });
});

test('the pod count is checked first, even for pods without requests', () => {
  const node = nodeInfoWith(testNode('node-1', { pods: '1' }), [bound('a')]);
  assert.deepEqual(runPlugin(nodeResourcesFit, testPod('web'), node)?.reasons, ['Too many pods']);
});

test('pods without requests fit anywhere with room for one more pod', () => {
  const node = nodeInfoWith(testNode('node-1', { cpu: '1' }), [bound('a', '1')]);
  assert.equal(runPlugin(nodeResourcesFit, testPod('web'), node), undefined);
});

test('the heaviest init container counts when it exceeds the containers, sidecars add to both', () => {
  const node = nodeInfoWith(testNode('node-1', { cpu: '1' }));
  const init = testPod('init', { initContainers: [{ ...requesting('1100m'), name: 'setup' }], containers: [requesting('100m')] });
  assert.deepEqual(runPlugin(nodeResourcesFit, init, node)?.reasons, ['Insufficient cpu']);
  const sidecar = testPod('sidecar', {
    initContainers: [{ ...requesting('300m'), name: 'proxy', restartPolicy: 'Always' }, { ...requesting('600m'), name: 'setup' }],
    containers: [requesting('500m')],
  });
  // max(300m + 500m, 300m + 600m) = 900m fits in 1 cpu; another 200m would not.
  assert.equal(runPlugin(nodeResourcesFit, sidecar, node), undefined);
});

test('extended resources the node lacks are insufficient', () => {
  const pod = testPod('gpu', { containers: [{ name: 'cuda', image: 'cuda', resources: { requests: { 'nvidia.com/gpu': '1' } } }] });
  assert.deepEqual(runPlugin(nodeResourcesFit, pod, nodeInfoWith(testNode('node-1')))?.reasons, ['Insufficient nvidia.com/gpu']);
});
