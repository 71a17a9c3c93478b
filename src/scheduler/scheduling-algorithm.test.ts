import { test } from 'node:test';
import assert from 'node:assert/strict';
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
