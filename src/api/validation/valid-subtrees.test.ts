import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze } from '../deep-freeze';
import { validateLabels } from './object-meta';
import { validateResourceRequirements } from './resource-requirements';
import { ValidSubtrees } from './valid-subtrees';

test('remembers frozen subtrees that validated clean, and nothing else', () => {
  const memo = new ValidSubtrees();
  const frozen = deepFreeze({ a: 1 });
  const loose = { a: 1 };
  assert.deepEqual(memo.remember(frozen, []), []);
  memo.remember(loose, []);
  const invalid = deepFreeze({ b: 1 });
  memo.remember(invalid, [{ field: 'x', detail: 'bad' } as never]);
  assert.equal(memo.has(frozen), true);
  assert.equal(memo.has(loose), false, 'an unfrozen object may change after the check');
  assert.equal(memo.has(invalid), false);
  assert.equal(memo.has(undefined), false);
});

test('an invalid shared subtree reports its errors at each path it is used under', () => {
  const labels = deepFreeze({ 'bad key!': 'v' });
  assert.match(validateLabels(labels, 'metadata.labels')[0]?.field ?? '', /^metadata\.labels$/);
  assert.match(validateLabels(labels, 'spec.template.metadata.labels')[0]?.field ?? '', /^spec\.template\.metadata\.labels$/);
  const resources = deepFreeze({ requests: { cpu: '-1' } });
  assert.equal(validateResourceRequirements(resources, 'spec.containers[0].resources')[0]?.field, 'spec.containers[0].resources.requests[cpu]');
  assert.equal(validateResourceRequirements(resources, 'spec.containers[1].resources')[0]?.field, 'spec.containers[1].resources.requests[cpu]');
  const good = deepFreeze({ requests: { cpu: '1' } });
  assert.deepEqual(validateResourceRequirements(good, 'a'), []);
  assert.deepEqual(validateResourceRequirements(good, 'b'), []);
});
