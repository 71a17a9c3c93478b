import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KubectlError } from '../errors';
import { parseTaints } from './taint';

test('additions need an effect; removals may name the key alone', () => {
  assert.deepEqual(parseTaints(['dedicated=gpu:NoSchedule', 'maintenance:NoExecute-', 'team-']), {
    add: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
    remove: [{ key: 'maintenance', effect: 'NoExecute' }, { key: 'team' }],
  });
});

test('kubectl wording for bad specs', () => {
  assert.throws(() => parseTaints(['a=b=c:NoSchedule']), new KubectlError('invalid taint spec: a=b=c:NoSchedule'));
  assert.throws(() => parseTaints(['dedicated=gpu']), /^KubectlError: invalid taint spec: dedicated=gpu, name part must consist of alphanumeric characters/);
  assert.throws(() => parseTaints(['a=b:Sometimes']), new KubectlError('invalid taint effect: Sometimes, unsupported taint effect'));
  assert.throws(() => parseTaints(['a=b:NoSchedule', 'a=c:NoSchedule']), new KubectlError('duplicated taints with the same key and effect: {a c NoSchedule <nil>}'));
});
