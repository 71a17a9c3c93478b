import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requesting, testPod } from '../testing/scheduler-fixtures';
import { DEFAULT_MEMORY_REQUEST, podRequests } from './resources';

test('containers add up, quantities become milli-cpu and bytes', () => {
  const r = podRequests(testPod('web', { containers: [requesting('250m', '64Mi'), { ...requesting('1', '1Gi'), name: 'b' }] }));
  assert.equal(r.milliCPU, 1250);
  assert.equal(r.memory, (64 + 1024) * 1024 * 1024);
});

test('worked example: sidecar 100m, init 500m, app 200m needs 600m', () => {
  const pod = testPod('web', {
    initContainers: [{ ...requesting('100m'), name: 'proxy', restartPolicy: 'Always' }, { ...requesting('500m'), name: 'setup' }],
    containers: [requesting('200m')],
  });
  assert.equal(podRequests(pod).milliCPU, 600);
});

test('overhead is added', () => {
  assert.equal(podRequests(testPod('web', { containers: [requesting('100m')], overhead: { cpu: '250m' } })).milliCPU, 350);
});

test('non-zero requests default missing cpu and memory per container, but keep an explicit zero', () => {
  const r = podRequests(testPod('web', { containers: [requesting(), { ...requesting('0'), name: 'b' }] }), true);
  assert.equal(r.milliCPU, 100);
  assert.equal(r.memory, 2 * DEFAULT_MEMORY_REQUEST);
});
