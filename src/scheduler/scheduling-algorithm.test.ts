import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Toleration } from '../api/schemas';
import { SeededRandom } from '../clock';
import { cacheWith, envWith, requesting, testNode, testPod } from '../testing/scheduler-fixtures';
import { numFeasibleNodesToFind, SchedulingAlgorithm } from './scheduling-algorithm';

test('numFeasibleNodesToFind: all below 100 nodes, then an adaptive percentage with a floor of 100', () => {
  assert.equal(numFeasibleNodesToFind(99), 99);
  assert.equal(numFeasibleNodesToFind(150), 100);
  assert.equal(numFeasibleNodesToFind(1000), 420);
  assert.equal(numFeasibleNodesToFind(5000), 500);
  assert.equal(numFeasibleNodesToFind(20_000), 1000);
});

test('least-allocated scoring prefers the emptier node', () => {
  const nodes = [testNode('node-1'), testNode('node-2')];
  const cache = cacheWith(nodes, [testPod('busy', { nodeName: 'node-1', containers: [requesting('2', '4Gi')] })]);
  const result = new SchedulingAlgorithm(envWith(cache), new SeededRandom(1)).schedule(testPod('web'));
  assert.deepEqual(result, { kind: 'scheduled', nodeName: 'node-2' });
});

test('ties are broken by the seeded generator, so a seed always gives the same choice', () => {
  const pick = (seed: number) => new SchedulingAlgorithm(envWith(cacheWith([testNode('a'), testNode('b'), testNode('c')])), new SeededRandom(seed)).schedule(testPod('web'));
  assert.deepEqual(pick(7), pick(7));
});

test('a pod no node fits reports every node status and the plugins that rejected it', () => {
  const cache = cacheWith([testNode('node-1', { spec: { unschedulable: true } }), testNode('node-2', { cpu: '1' })]);
  const result = new SchedulingAlgorithm(envWith(cache), new SeededRandom(1)).schedule(testPod('big', { containers: [requesting('2')] }));
  assert.equal(result.kind, 'unschedulable');
  if (result.kind !== 'unschedulable') return;
  assert.deepEqual([...result.rejectors].sort(), ['NodeResourcesFit', 'NodeUnschedulable']);
  assert.deepEqual([...result.diagnosis.nodeToStatus.keys()].sort(), ['node-1', 'node-2']);
});

test('no nodes at all is an error, not a FitError', () => {
  assert.deepEqual(new SchedulingAlgorithm(envWith(), new SeededRandom(1)).schedule(testPod('web')), { kind: 'error', message: 'no nodes available to schedule pods' });
});

/** Replicas of one template, as the create pipeline stores them: one frozen requests object and tolerations list. */
function replicas(count: number, spec: Partial<NonNullable<Parameters<typeof testPod>[1]>> = {}) {
  const requests = Object.freeze({ cpu: '1', memory: '1Gi' });
  const tolerations = Object.freeze([Object.freeze({ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' })]) as unknown as Toleration[];
  return Array.from({ length: count }, (_, i) => testPod(`web-${i}`, { containers: [{ name: 'app', image: 'nginx', resources: { requests } }], tolerations, ...spec }));
}

test('replicas reuse the cycle plan, and each still sees the nodes as they are now (assumed pods, cordons)', () => {
  const cache = cacheWith([testNode('a', { cpu: '2' }), testNode('b', { cpu: '2' }), testNode('c', { cpu: '2' })]);
  const algorithm = new SchedulingAlgorithm(envWith(cache), new SeededRandom(3));
  const pods = replicas(7);
  const placed: string[] = [];
  const place = (pod: (typeof pods)[number]) => {
    const result = algorithm.schedule(pod);
    if (result.kind === 'scheduled') cache.assumePod(pod, result.nodeName), placed.push(result.nodeName);
    return result;
  };
  for (const pod of pods.slice(0, 4)) assert.equal(place(pod).kind, 'scheduled');
  // Two cpus per node and one per pod: cordon a node that still has room, so exactly one slot is left elsewhere.
  const count = (name: string) => placed.filter((n) => n === name).length;
  const cordoned = ['a', 'b', 'c'].find((name) => count(name) < 2)!;
  cache.onNodeEvent({ type: 'MODIFIED', object: testNode(cordoned, { cpu: '2', spec: { unschedulable: true } }) });
  const freeElsewhere = ['a', 'b', 'c'].filter((n) => n !== cordoned).reduce((sum, n) => sum + 2 - count(n), 0);
  const before = placed.length;
  let result = place(pods[4]!);
  for (let i = 5; result.kind === 'scheduled' && i < pods.length; i++) result = place(pods[i]!);
  assert.equal(placed.length - before, freeElsewhere);
  assert.ok(placed.slice(before).every((n) => n !== cordoned), placed.join());
  assert.equal(result.kind, 'unschedulable', 'every node is full or cordoned');
  if (result.kind !== 'unschedulable') return;
  assert.deepEqual([...result.rejectors].sort(), ['NodeResourcesFit', 'NodeUnschedulable']);
});

test('a pod whose PreFilter outcomes differ from the last cycle gets its own plan', () => {
  const cache = cacheWith([testNode('a', { labels: { zone: 'x' } }), testNode('b', { labels: { zone: 'y' } })]);
  const algorithm = new SchedulingAlgorithm(envWith(cache), new SeededRandom(1));
  const [plain] = replicas(1);
  assert.equal(algorithm.schedule(plain!).kind, 'scheduled');
  const [pinned] = replicas(1, { nodeSelector: { zone: 'y' } });
  assert.deepEqual(algorithm.schedule(pinned!), { kind: 'scheduled', nodeName: 'b' });
  const [other] = replicas(1, { nodeSelector: { zone: 'x' } });
  assert.deepEqual(algorithm.schedule(other!), { kind: 'scheduled', nodeName: 'a' });
  const [untolerating] = replicas(1, { tolerations: undefined });
  cache.onNodeEvent({ type: 'MODIFIED', object: testNode('a', { labels: { zone: 'x' }, spec: { taints: [{ key: 'dedicated', effect: 'NoSchedule' }] } }) });
  for (let i = 0; i < 4; i++) assert.deepEqual(algorithm.schedule(untolerating!), { kind: 'scheduled', nodeName: 'b' }, 'the taint rejects a');
});
