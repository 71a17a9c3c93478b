import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitRunArguments } from './run-arguments';
import { parseOptions } from './parse-options';
import { UsageError } from './usage-error';

test('kubespec run keeps its own options, passes Cucumber options through as written, and collects paths', () => {
  const args = splitRunArguments(['features/pods', '-t', '@smoke', '--seed=7', '--parallel', '2', '--shard', '1/3', '--fail-fast', 'features/x.feature:12', '-p', 'ci']);
  assert.deepEqual(args.paths, ['features/pods', 'features/x.feature:12']);
  assert.deepEqual(args.cucumber, ['--tags', '@smoke', '--parallel', '2', '--fail-fast']);
  assert.deepEqual(args.own, { seed: ['7'], shard: ['1/3'], profile: ['ci'] });
  assert.deepEqual([...args.cucumberNames], ['tags', 'parallel', 'fail-fast']);
});

test('kubespec run rejects unknown options and options missing their value', () => {
  assert.throws(() => splitRunArguments(['--tagz', 'x']), /unknown option "--tagz"/);
  assert.throws(() => splitRunArguments(['--format']), /option "--format" needs a value/);
  assert.throws(() => splitRunArguments(['-z']), UsageError);
});

test('parseOptions: repeatable, inline and short options; strict about the rest', () => {
  const specs = { submission: { kind: 'strings' }, out: { kind: 'string' }, quiet: { kind: 'boolean', short: 'q' } } as const;
  const parsed = parseOptions('grade', ['suite', '--submission', 'a', '--submission=b', '-q', '--out', 'r'], specs);
  assert.deepEqual(parsed, { values: { submission: ['a', 'b'], quiet: true, out: 'r' }, positionals: ['suite'] });
  assert.throws(() => parseOptions('grade', ['--out'], specs), /"--out" needs a value/);
  assert.throws(() => parseOptions('grade', ['--out', '--quiet'], specs), /"--out" needs a value/);
  assert.throws(() => parseOptions('grade', ['--quiet=yes'], specs), /takes no value/);
  assert.deepEqual(parseOptions('grade', ['--', '--not-an-option'], specs).positionals, ['--not-an-option']);
});
