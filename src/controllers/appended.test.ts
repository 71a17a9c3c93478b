import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appended } from './appended';

test('appended makes a one-element list on the first item and appends to it in place after', () => {
  const first = appended(undefined, 'a');
  assert.deepEqual(first, ['a']);
  assert.equal(appended(first, 'b'), first);
  assert.deepEqual(first, ['a', 'b']);
});
