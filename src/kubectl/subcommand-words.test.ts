import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FlagSpecs } from './argv';
import { subcommandWords } from './subcommand-words';

const CREATE: FlagSpecs = {
  namespace: { kind: 'string', short: 'n' },
  filename: { kind: 'stringArray', short: 'f' },
  recursive: { kind: 'bool', short: 'R' },
  'dry-run': { kind: 'string', noOptDefault: 'unchanged' },
};

test('flags and the values of flags that take one are skipped', () => {
  assert.deepEqual(subcommandWords(['-n', 'ns', 'token', 'x'], CREATE), ['token', 'x']);
  assert.deepEqual(subcommandWords(['--namespace', 'ns', 'token', 'x'], CREATE), ['token', 'x']);
  assert.deepEqual(subcommandWords(['--namespace=ns', 'token'], CREATE), ['token']);
  assert.deepEqual(subcommandWords(['-f', 'x', 'token'], CREATE), ['token']);
});

test('bool flags and flags with a NoOptDefVal stand alone', () => {
  assert.deepEqual(subcommandWords(['-R', 'deployment', 'x'], CREATE), ['deployment', 'x']);
  assert.deepEqual(subcommandWords(['--dry-run', 'client', 'deployment'], CREATE), ['client', 'deployment']);
});

test('an unknown flag takes the next word; clusters and --name=value never do', () => {
  assert.deepEqual(subcommandWords(['--bogus', 'token', 'x'], CREATE), ['x']);
  assert.deepEqual(subcommandWords(['-q', 'can-i', 'get'], {}), ['get']);
  assert.deepEqual(subcommandWords(['-Rf', 'x', 'deployment'], CREATE), ['x', 'deployment']);
  assert.deepEqual(subcommandWords(['--image=nginx', 'deployment'], CREATE), ['deployment']);
});

test('-- ends the search', () => {
  assert.deepEqual(subcommandWords(['--', 'token', 'x'], CREATE), []);
  assert.deepEqual(subcommandWords(['token', '--', 'x'], CREATE), ['token']);
});
