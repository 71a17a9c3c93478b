import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requesting, testPod } from '../testing/scheduler-fixtures';
import { DEFAULT_MEMORY_REQUEST, podRequests, podResourceRequests } from './resources';

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

test('a frozen ResourceList shared by replicas is read once and never changed by the sums built from it', () => {
  const shared = Object.freeze({ cpu: '100m', memory: '64Mi' });
  const replica = (name: string) => testPod(name, {
    initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always', resources: { requests: shared } }, { name: 'setup', image: 'busybox', resources: { requests: shared } }],
    containers: [{ name: 'app', image: 'nginx', resources: { requests: shared } }],
  });
  const fresh = podRequests(testPod('fresh', {
    initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always', resources: { requests: { ...shared } } }, { name: 'setup', image: 'busybox', resources: { requests: { ...shared } } }],
    containers: [{ name: 'app', image: 'nginx', resources: { requests: { ...shared } } }],
  }));
  // Sidecar + app = 200m; the init step runs beside the sidecar, 100m + 100m: the sums add to the memoized
  // per-container values, which must come out of every call unchanged.
  for (const name of ['a', 'b', 'c']) assert.deepEqual(podRequests(replica(name)), fresh);
  assert.equal(fresh.milliCPU, 200);
  assert.deepEqual(podRequests(replica('d'), true), podRequests(replica('e'), true));
});

test('replicas of one container share one frozen-requests pair, equal to the sums PodRequests builds', () => {
  const requests = Object.freeze({ cpu: '10m', memory: '32Mi', 'example.com/gpu': '1' });
  const replica = (name: string) => testPod(name, { containers: [{ name: 'web', image: 'nginx', resources: { requests } }] });
  const [a, b] = [podResourceRequests(replica('a')), podResourceRequests(replica('b'))];
  assert.equal(a.requests, b.requests, 'shared, not rebuilt per pod');
  assert.deepEqual(a.requests, podRequests(replica('c')));
  assert.deepEqual(a.nonZeroRequests, podRequests(replica('c'), true));
  // The max with the init steps PodRequests takes could raise a negative amount: such pods keep the full sum.
  const negative = testPod('n', { containers: [{ name: 'web', image: 'nginx', resources: { requests: Object.freeze({ cpu: '-1' }) } }] });
  assert.equal(podResourceRequests(negative).requests.milliCPU, podRequests(negative).milliCPU);
  assert.equal(podRequests(negative).milliCPU, 0);
});
