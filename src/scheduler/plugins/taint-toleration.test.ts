import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeInfoWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { intolerablePreferNoScheduleTaints, preferNoScheduleTolerations, taintToleration } from './taint-toleration';

const tainted = (taints: object[]) => nodeInfoWith(testNode('node-1', { spec: { taints } }));

test('the first untolerated NoSchedule/NoExecute taint names the rejection, printed as {key: value}', () => {
  const node = tainted([
    { key: 'soft', effect: 'PreferNoSchedule' },
    { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
    { key: 'dedicated', value: 'gpu', effect: 'NoExecute' },
  ]);
  assert.deepEqual(runPlugin(taintToleration, testPod('web'), node), {
    code: 'UnschedulableAndUnresolvable',
    reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'],
  });
});

test('Equal tolerations need the value; Exists ignores it', () => {
  const node = tainted([{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
  const wrongValue = testPod('a', { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'cpu', effect: 'NoSchedule' }] });
  const exists = testPod('b', { tolerations: [{ key: 'dedicated', operator: 'Exists' }] });
  assert.deepEqual(runPlugin(taintToleration, wrongValue, node)?.reasons, ['node(s) had untolerated taint {dedicated: gpu}']);
  assert.equal(runPlugin(taintToleration, exists, node), undefined);
});

test('a toleration for another effect does not match', () => {
  const node = tainted([{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }]);
  const pod = testPod('a', { tolerations: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
  assert.notEqual(runPlugin(taintToleration, pod, node), undefined);
});

test('PreferNoSchedule taints never filter, they only count against the score', () => {
  const node = tainted([{ key: 'soft', effect: 'PreferNoSchedule' }, { key: 'other', effect: 'PreferNoSchedule' }]);
  assert.equal(runPlugin(taintToleration, testPod('web'), node), undefined);
  assert.equal(intolerablePreferNoScheduleTaints(preferNoScheduleTolerations(undefined), node), 2);
  assert.equal(intolerablePreferNoScheduleTaints(preferNoScheduleTolerations([{ key: 'soft', operator: 'Exists' }]), node), 1);
});
