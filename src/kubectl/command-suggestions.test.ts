import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unknownCommandMessage } from './command-suggestions';

/** Captured from kubectl v1.32.5 (no cluster needed): the typed word, then the suggestions it printed. */
const REAL_KUBECTL: readonly (readonly [string, readonly string[]])[] = [
  ['foo', ['top']],
  ['ap', ['top', 'cp', 'apply', 'api-versions', 'api-resources']],
  ['a', ['autoscale', 'attach', 'cp', 'auth', 'apply', 'annotate', 'api-versions', 'api-resources']],
  ['lable', ['label']],
  ['Get', ['set', 'get']],
  ['rm', ['run', 'delete', 'cp']],
  ['ps', ['get', 'cp', 'wait']],
  ['alph', ['auth']],
  ['hlp', ['top', 'cp']],
  ['rolling-update', []],
  ['remove', []],
];

test('an unknown command suggests what kubectl 1.32 suggests, in its order', () => {
  for (const [typed, suggestions] of REAL_KUBECTL) {
    const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((name) => `\t${name}\n`).join('')}` : '';
    assert.equal(unknownCommandMessage(typed), `error: unknown command "${typed}" for "kubectl"${hint}`, typed);
  }
});

test('a real kubectl command kubespec does not simulate is refused as such, not suggested to itself', () => {
  for (const typed of ['explain', 'edit', 'events', 'diff', 'autoscale']) {
    assert.equal(unknownCommandMessage(typed), `error: "kubectl ${typed}" is a kubectl command that kubespec does not simulate`);
  }
});
