import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheWith, envWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { interPodAffinity } from './inter-pod-affinity';

const nodes = [testNode('node-1', { labels: { zone: 'a' } }), testNode('node-2', { labels: { zone: 'b' } })];
const antiWeb = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] } };

test('required anti-affinity keeps a pod off nodes running a matching pod', () => {
  const cache = cacheWith(nodes, [testPod('web-1', { nodeName: 'node-1' }, { app: 'web' })]);
  const pod = testPod('web-2', { affinity: antiWeb }, { app: 'web' });
  assert.deepEqual(runPlugin(interPodAffinity, pod, cache.nodeInfo('node-1')!, envWith(cache)), { code: 'Unschedulable', reasons: ["node(s) didn't match pod anti-affinity rules"] });
  assert.equal(runPlugin(interPodAffinity, pod, cache.nodeInfo('node-2')!, envWith(cache)), undefined);
});

test("an existing pod's anti-affinity rejects a newcomer it selects", () => {
  const cache = cacheWith(nodes, [testPod('web-1', { nodeName: 'node-1', affinity: antiWeb }, { app: 'web' })]);
  const pod = testPod('web-2', {}, { app: 'web' });
  assert.deepEqual(runPlugin(interPodAffinity, pod, cache.nodeInfo('node-1')!, envWith(cache))?.reasons, ["node(s) didn't satisfy existing pods anti-affinity rules"]);
});

test('required affinity needs a matching pod in the same zone; the first pod of a group may go anywhere', () => {
  const affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'cache' } }, topologyKey: 'zone' }] } };
  const cache = cacheWith(nodes, [testPod('cache-1', { nodeName: 'node-2' }, { app: 'cache' })]);
  const web = testPod('web', { affinity });
  assert.deepEqual(runPlugin(interPodAffinity, web, cache.nodeInfo('node-1')!, envWith(cache)), { code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match pod affinity rules"] });
  assert.equal(runPlugin(interPodAffinity, web, cache.nodeInfo('node-2')!, envWith(cache)), undefined);
  const empty = cacheWith(nodes);
  assert.equal(runPlugin(interPodAffinity, testPod('cache-0', { affinity }, { app: 'cache' }), empty.nodeInfo('node-1')!, envWith(empty)), undefined);
});
