import assert from 'node:assert/strict';
import test from 'node:test';
import type { Pod } from '../api/schemas';
import { containerMemoryLimit } from './memory-limit';

const pod: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'memory-demo' },
  spec: {
    initContainers: [{ name: 'setup', image: 'busybox', resources: { limits: { memory: '129e6' } } }],
    containers: [
      { name: 'memory-demo-ctr', image: 'polinux/stress', resources: { requests: { memory: '100Mi' }, limits: { memory: '200Mi' } } },
      { name: 'sidecar', image: 'busybox', resources: { requests: { memory: '10Mi' } } },
      { name: 'odd', image: 'busybox', resources: { limits: { memory: '0.5' } } },
    ],
  },
};

test('the limit is resources.limits.memory in whole bytes, from containers and init containers', () => {
  assert.equal(containerMemoryLimit(pod, 'memory-demo-ctr'), 200 * 1024 * 1024);
  assert.equal(containerMemoryLimit(pod, 'setup'), 129_000_000);
  assert.equal(containerMemoryLimit(pod, 'odd'), 1, 'Quantity.Value() rounds a fraction of a byte up');
});

test('a request alone, or an unknown container, sets no limit', () => {
  assert.equal(containerMemoryLimit(pod, 'sidecar'), undefined);
  assert.equal(containerMemoryLimit(pod, 'gone'), undefined);
});
