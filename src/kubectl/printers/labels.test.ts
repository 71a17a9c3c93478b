import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLabelSelector, formatLabels, labelSelectorString } from './labels';

test('formatLabels sorts keys and prints <none> for no labels', () => {
  assert.equal(formatLabels({ tier: 'fe', app: 'web' }), 'app=web,tier=fe');
  assert.equal(formatLabels(undefined), '<none>');
});

test('label selectors print requirements sorted by key, with sorted values', () => {
  const selector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['qa', 'dev'] }, { key: 'beta', operator: 'DoesNotExist' }] };
  assert.equal(labelSelectorString(selector), 'app=web,!beta,env notin (dev,qa)');
  assert.equal(formatLabelSelector({}), '<none>');
  assert.equal(formatLabelSelector({ matchExpressions: [{ key: 'x', operator: 'In', values: ['a'] }] }), 'x in (a)');
});
