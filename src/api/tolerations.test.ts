import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUntoleratedTaint, matchingTolerations, toleratesTaint } from './tolerations';

const taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };

test('ToleratesTaint: effect, key, then operator (empty means Equal)', () => {
  assert.equal(toleratesTaint({ key: 'dedicated', value: 'gpu', operator: '' }, taint), true);
  assert.equal(toleratesTaint({ key: 'dedicated', value: 'cpu' }, taint), false);
  assert.equal(toleratesTaint({ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, taint), false);
  assert.equal(toleratesTaint({ operator: 'Exists' }, taint), true);
  assert.equal(toleratesTaint({ key: 'dedicated', operator: 'Gt' }, taint), false);
});

test('the first untolerated taint passing the filter is reported', () => {
  const taints = [{ key: 'a', effect: 'PreferNoSchedule' }, { key: 'b', effect: 'NoSchedule' }, { key: 'c', effect: 'NoExecute' }];
  assert.deepEqual(findUntoleratedTaint(taints, [], (t) => t.effect !== 'PreferNoSchedule'), { key: 'b', effect: 'NoSchedule' });
});

test('GetMatchingTolerations needs every taint tolerated', () => {
  const taints = [{ key: 'a', effect: 'NoExecute' }, { key: 'b', effect: 'NoExecute' }];
  assert.deepEqual(matchingTolerations(taints, [{ key: 'a', operator: 'Exists', tolerationSeconds: 5 }]), { allTolerated: false, used: [] });
  assert.equal(matchingTolerations(taints, [{ operator: 'Exists' }]).used.length, 2);
});
