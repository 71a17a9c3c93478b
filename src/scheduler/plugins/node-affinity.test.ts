import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeSelectorTerm } from '../../api/schemas';
import { envWith, nodeInfoWith, podInfo, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { nodeAffinity, preferredNodeAffinityWeight } from './node-affinity';

const node = nodeInfoWith(testNode('node-1', { labels: { disktype: 'ssd', gen: '5', zone: 'a' } }));
const MISMATCH = { code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match Pod's node affinity/selector"] };
const requiring = (...nodeSelectorTerms: NodeSelectorTerm[]) => testPod('web', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } } } });

test('nodeSelector needs every label', () => {
  assert.equal(runPlugin(nodeAffinity, testPod('a', { nodeSelector: { disktype: 'ssd' } }), node), undefined);
  assert.deepEqual(runPlugin(nodeAffinity, testPod('b', { nodeSelector: { disktype: 'ssd', zone: 'b' } }), node), MISMATCH);
});

test('operators In, NotIn, Exists, DoesNotExist, Gt, Lt', () => {
  const fits = (operator: string, key: string, values?: string[]) => runPlugin(nodeAffinity, requiring({ matchExpressions: [{ key, operator, values }] }), node) === undefined;
  assert.equal(fits('In', 'disktype', ['hdd', 'ssd']), true);
  assert.equal(fits('NotIn', 'disktype', ['ssd']), false);
  assert.equal(fits('NotIn', 'missing', ['x']), true);
  assert.equal(fits('Exists', 'gen'), true);
  assert.equal(fits('DoesNotExist', 'gen'), false);
  assert.equal(fits('Gt', 'gen', ['4']), true);
  assert.equal(fits('Lt', 'gen', ['5']), false);
  assert.equal(fits('Gt', 'disktype', ['1']), false);
});

test('terms are ORed, expressions within a term ANDed', () => {
  const pod = requiring({ matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] }, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'gen', operator: 'Exists' }] });
  assert.equal(runPlugin(nodeAffinity, pod, node), undefined);
  assert.deepEqual(runPlugin(nodeAffinity, requiring({ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }, { key: 'gen', operator: 'DoesNotExist' }] }), node), MISMATCH);
});

test('matchFields on metadata.name pins the candidates in PreFilter', () => {
  const outcome = nodeAffinity.preFilter(podInfo(requiring({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] })), envWith());
  assert.equal(outcome.kind, 'filter');
  assert.deepEqual(outcome.kind === 'filter' ? [...(outcome.nodeNames ?? [])] : [], ['node-1']);
  assert.equal(runPlugin(nodeAffinity, requiring({ matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['node-1'] }] }), node)?.code, 'UnschedulableAndUnresolvable');
});

test('preferred terms add their weights for the score', () => {
  const pod = testPod('web', {
    affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 10, preference: { matchExpressions: [{ key: 'disktype', operator: 'In', values: ['ssd'] }] } },
      { weight: 5, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] } },
    ] } },
  });
  assert.equal(preferredNodeAffinityWeight(pod, node), 10);
});
