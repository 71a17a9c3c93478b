/**
 * The resource-score memo in the cache's hot rows (node-info.ts HOT_SCORED_FOR) and the filters' RowPass
 * shortcut must never change a decision: each is checked here against a computation without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../clock';
import { cacheWith, envWith, podInfo, requesting, runPlugin, testNode, testPod } from '../testing/scheduler-fixtures';
import { FILTER_PLUGINS } from './plugins';
import type { SchedulerCache } from './scheduler-cache';
import { SchedulingAlgorithm } from './scheduling-algorithm';
import { scoreNodes } from './score';
import type { StoredObject } from '../api';
import type { Node, Pod } from '../api/schemas';

/** Scores of `pod` on every node of `cache`, through the memo when `requestsId` is given, fresh otherwise. */
function scores(cache: SchedulerCache, pod: StoredObject<Pod>, requestsId?: number): number[] {
  const info = podInfo(pod);
  const offsets = cache.nodes.map((n) => n.offset);
  const id = requestsId ?? cache.requestsId(info.requests, info.nonZeroRequests);
  return [...scoreNodes(info, cache.nodes, cache.rows, offsets, id)];
}

const nodes = () => [testNode('a'), testNode('b', { cpu: '2', memory: '2Gi' }), testNode('c', { cpu: '8' })];

test('a node whose pods changed is scored afresh; the others read back the same numbers', () => {
  const cache = cacheWith(nodes());
  const pod = testPod('web', { containers: [requesting('500m', '1Gi')] });
  const before = scores(cache, pod);
  assert.deepEqual(scores(cache, pod), before);
  const placed = testPod('placed', { nodeName: 'b', containers: [requesting('1', '512Mi')] });
  cache.onPodEvent({ type: 'ADDED', object: placed });
  const after = scores(cache, pod);
  assert.notEqual(after[1], before[1]);
  assert.deepEqual(after, scores(cacheWith(nodes(), [placed]), pod));
});

test('pods asking for different amounts never read each other\'s memo', () => {
  const cache = cacheWith(nodes());
  const small = testPod('small', { containers: [requesting('100m', '64Mi')] });
  const large = testPod('large', { containers: [requesting('1500m', '1Gi')] });
  scores(cache, small);
  assert.deepEqual(scores(cache, large), scores(cacheWith(nodes()), large));
  assert.deepEqual(scores(cache, small), scores(cacheWith(nodes()), small));
});

test('when the request ids start over, every memo is cleared first', () => {
  const cache = cacheWith(nodes());
  const first = testPod('first', { containers: [requesting('100m', '64Mi')] });
  scores(cache, first);
  const info = podInfo(first);
  const id = cache.requestsId(info.requests, info.nonZeroRequests);
  // Enough distinct requests to exhaust the ids: the next new one gets `id` again.
  let reused: number | undefined;
  for (let i = 1; reused !== id; i++) reused = cache.requestsId({ ...info.requests, milliCPU: 100 + i }, info.nonZeroRequests);
  const other = testPod('other', { containers: [requesting('3', '4Gi')] });
  assert.deepEqual(scores(cache, other, id), scores(cacheWith(nodes()), other));
});

/** Nodes that fail the row shortcut in every way it can fail: taints (tolerated or not), cordons, full nodes. */
function variedNodes(random: SeededRandom): StoredObject<Node>[] {
  return Array.from({ length: 40 }, (_, i) => {
    const taints = random.int(3) === 0 ? [{ key: random.pick(['gpu', 'spot']), value: 'x', effect: random.pick(['NoSchedule', 'NoExecute', 'PreferNoSchedule']) }] : undefined;
    const spec = { ...(taints ? { taints } : {}), ...(random.int(8) === 0 ? { unschedulable: true } : {}) };
    return testNode(`node-${i}`, { cpu: random.pick(['500m', '1', '4']), memory: random.pick(['256Mi', '1Gi']), pods: random.pick(['1', '3', '110']), spec });
  });
}

test('every node the algorithm picks passes every Filter, and it finds none only when none passes', () => {
  for (let seed = 1; seed <= 25; seed++) {
    const random = new SeededRandom(seed);
    const cache = cacheWith(variedNodes(random));
    const algorithm = new SchedulingAlgorithm(envWith(cache), new SeededRandom(seed));
    for (let i = 0; i < 30; i++) {
      const tolerations = random.int(2) === 0 ? [{ key: 'gpu', operator: 'Exists' as const }] : undefined;
      const pod = testPod(`p${seed}-${i}`, { containers: [requesting(random.pick(['100m', '300m', '900m']), random.pick(['64Mi', '200Mi']))], ...(tolerations ? { tolerations } : {}) });
      const passing = cache.nodes.filter((n) => FILTER_PLUGINS.every((plugin) => runPlugin(plugin, pod, n, envWith(cache)) === undefined)).map((n) => n.name);
      const result = algorithm.schedule(pod);
      if (result.kind === 'scheduled') {
        assert.ok(passing.includes(result.nodeName), `seed ${seed}: ${result.nodeName} is not among ${passing.join(',')}`);
        cache.assumePod(pod, result.nodeName);
      } else assert.deepEqual(passing, [], `seed ${seed}: unschedulable although ${passing.join(',')} pass`);
    }
  }
});
