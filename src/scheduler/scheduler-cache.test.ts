/**
 * The cache's pod bookkeeping (cache.go AssumePod / ForgetPod / updatePod): what a node counts through an
 * assumption, the binding that confirms it, later writes, and the pod's end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { cacheWith, requesting, testNode, testPod } from '../testing/scheduler-fixtures';

const withClaim = (name: string) => testPod(name, { containers: [requesting('1', '1Gi')], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] });

/** A newer version of `pod` sharing its spec, as the store shares unchanged frozen subtrees. */
function version(pod: StoredObject<Pod>, changes: { spec?: Partial<NonNullable<Pod['spec']>>; phase?: string } = {}): StoredObject<Pod> {
  const spec = changes.spec ? { ...pod.spec!, ...changes.spec } : pod.spec;
  return { ...pod, spec, status: { phase: changes.phase ?? pod.status?.phase } } as StoredObject<Pod>;
}

test('an assumed pod counts once through its binding and reads the newest version afterwards', () => {
  const cache = cacheWith([testNode('a'), testNode('b')]);
  const pod = withClaim('web');
  cache.onPodEvent({ type: 'ADDED', object: pod });
  cache.assumePod(pod, 'a');
  // A write that still shows the pod unassigned leaves the assumption alone.
  cache.onPodEvent({ type: 'MODIFIED', object: version(pod), oldObject: pod });
  assert.equal(cache.nodeInfo('a')!.requested.milliCPU, 1000);
  const bound = version(pod, { spec: { nodeName: 'a' } });
  cache.onPodEvent({ type: 'MODIFIED', object: bound, oldObject: pod });
  const running = version(bound, { phase: 'Running' });
  cache.onPodEvent({ type: 'MODIFIED', object: running, oldObject: bound });
  const counted = [...cache.nodeInfo('a')!.pods.values()];
  assert.equal(counted.length, 1);
  assert.equal(counted[0]!.pod, running);
  assert.equal(cache.nodeInfo('a')!.requested.milliCPU, 1000);
  // The binding landed: forgetting the pod now changes nothing.
  cache.forgetPod(running);
  assert.equal(cache.nodeInfo('a')!.pods.size, 1);
  assert.ok(cache.isClaimUsed('default/data'));
  cache.onPodEvent({ type: 'MODIFIED', object: version(running, { phase: 'Succeeded' }), oldObject: running });
  assert.equal(cache.nodeInfo('a')!.pods.size, 0);
  assert.equal(cache.nodeInfo('a')!.requested.milliCPU, 0);
  assert.ok(!cache.isClaimUsed('default/data'));
});

test('a forgotten assumption frees its node; a deleted assumed pod frees it too', () => {
  const cache = cacheWith([testNode('a')]);
  const first = withClaim('first');
  cache.assumePod(first, 'a');
  assert.ok(cache.isClaimUsed('default/data'));
  cache.forgetPod(first);
  assert.equal(cache.nodeInfo('a')!.pods.size, 0);
  assert.ok(!cache.isClaimUsed('default/data'));
  const second = withClaim('second');
  cache.assumePod(second, 'a');
  cache.onPodEvent({ type: 'DELETED', object: second });
  assert.equal(cache.nodeInfo('a')!.pods.size, 0);
  assert.equal(cache.nodeInfo('a')!.requested.milliCPU, 0);
});

test('a pod whose counted fields change is counted afresh, on its new node if it moved', () => {
  const cache = cacheWith([testNode('a'), testNode('b')]);
  const pod = testPod('web', { nodeName: 'a', containers: [requesting('1')] });
  cache.onPodEvent({ type: 'ADDED', object: pod });
  const resized = version(pod, { spec: { containers: [requesting('2')] } });
  cache.onPodEvent({ type: 'MODIFIED', object: resized, oldObject: pod });
  assert.equal(cache.nodeInfo('a')!.requested.milliCPU, 2000);
  const moved = version(resized, { spec: { nodeName: 'b' } });
  cache.onPodEvent({ type: 'MODIFIED', object: moved, oldObject: resized });
  assert.equal(cache.nodeInfo('a')!.pods.size, 0);
  assert.equal(cache.nodeInfo('b')!.requested.milliCPU, 2000);
});
