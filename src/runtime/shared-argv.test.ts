import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_ARGS, sharedArgv } from './shared-argv';

test('equal argument lists are one frozen list; a different one is its own', () => {
  const first = sharedArgv(['nginx'], ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], 2);
  assert.deepEqual(first, ['nginx', '-g', 'daemon off;']);
  assert.ok(Object.isFrozen(first));
  assert.equal(sharedArgv(NO_ARGS, ['nginx', '-g', 'daemon off;'], 0), first);
  assert.equal(sharedArgv(['nginx', '-g'], ['x', 'daemon off;'], 1), first);
  const other = sharedArgv(NO_ARGS, ['nginx', '-g', 'daemon on;'], 0);
  assert.notEqual(other, first);
  assert.deepEqual(other, ['nginx', '-g', 'daemon on;']);
  assert.deepEqual(sharedArgv(['sleep'], ['sleep'], 1), ['sleep']);
});
