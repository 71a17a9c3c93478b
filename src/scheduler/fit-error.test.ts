import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testPod } from '../testing/scheduler-fixtures';
import { fitErrorMessage, preemptionMessage, type Diagnosis } from './fit-error';
import { unresolvable, unschedulable } from './framework';

const names = ['control-plane', 'node-1', 'node-2'];

test('reasons are counted per node and sorted as "<count> <reason>" strings', () => {
  const d: Diagnosis = {
    numAllNodes: 3,
    nodeToStatus: new Map([
      ['node-1', unschedulable('Insufficient cpu')],
      ['control-plane', unresolvable('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }')],
      ['node-2', unschedulable('Insufficient cpu')],
    ]),
  };
  assert.equal(
    fitErrorMessage(d, preemptionMessage(testPod('web'), d, names)),
    '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
  );
});

test('a node short of several resources counts once for each', () => {
  const d: Diagnosis = { numAllNodes: 2, nodeToStatus: new Map([['a', unschedulable('Insufficient cpu', 'Insufficient memory')], ['b', unschedulable('Insufficient memory')]]) };
  assert.equal(fitErrorMessage(d), '0/2 nodes are available: 1 Insufficient cpu, 2 Insufficient memory.');
});

test('nodes left out by PreFilter count under the absent status', () => {
  const d: Diagnosis = { numAllNodes: 3, nodeToStatus: new Map([['node-1', unschedulable('Insufficient cpu')]]), absentStatus: unresolvable("node(s) didn't satisfy plugin(s) [NodeAffinity]") };
  assert.equal(
    fitErrorMessage(d, preemptionMessage(testPod('ds'), d, names)),
    "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
  );
});

test('a PreFilter rejection replaces the histogram', () => {
  const d: Diagnosis = { numAllNodes: 2, nodeToStatus: new Map(), absentStatus: unresolvable('pod affinity terms conflict'), preFilterMsg: 'pod affinity terms conflict' };
  assert.equal(fitErrorMessage(d, preemptionMessage(testPod('p'), d, ['a', 'b'])), '0/2 nodes are available: pod affinity terms conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.');
});

test('preemptionPolicy Never says so instead', () => {
  const d: Diagnosis = { numAllNodes: 1, nodeToStatus: new Map([['a', unschedulable('Insufficient cpu')]]) };
  assert.equal(fitErrorMessage(d, preemptionMessage(testPod('p', { preemptionPolicy: 'Never' }), d, ['a'])), '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.');
});
