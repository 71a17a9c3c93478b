import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { basename, normalizePath, splitPath } from './path';

/** The split-and-join forms the fast paths replaced: the reference they must agree with. */
function referenceNormalize(path: string): string {
  const out: string[] = [];
  for (const part of splitPath(path)) {
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function referenceBasename(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}

const paths = fc.array(fc.constantFrom('/', '.', '..', 'a', 'b', '//', 'x.y', '.a', '..b'), { maxLength: 8 }).map((parts) => parts.join(''));

test('normalizePath and basename agree with splitting the path', () => {
  fc.assert(
    fc.property(paths, (path) => {
      assert.equal(normalizePath(path), referenceNormalize(path));
      assert.equal(basename(path), referenceBasename(path));
    }),
    { numRuns: 5000 },
  );
});

test('a normal path comes back as the same string', () => {
  const path = '/docker-entrypoint.sh';
  assert.equal(normalizePath(path), path);
  assert.equal(basename(path), 'docker-entrypoint.sh');
  assert.equal(normalizePath('/usr/../bin/./sh'), '/bin/sh');
  assert.equal(basename('/a/b/.'), 'b');
  assert.equal(basename('/'), '/');
});
