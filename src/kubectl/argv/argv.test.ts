import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize';
import { Flags, parseFlags, FlagError } from './parse-flags';

test('shell quoting and a trailing redirection', () => {
  assert.deepEqual(tokenize(`kubectl exec web -- sh -c "echo 'hi there' > /tmp/x"`).words, ['kubectl', 'exec', 'web', '--', 'sh', '-c', "echo 'hi there' > /tmp/x"]);
  assert.deepEqual(tokenize(`kubectl get pods -o jsonpath='{.items[*].metadata.name}'`).words.at(-1), 'jsonpath={.items[*].metadata.name}');
  const line = tokenize('kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml');
  assert.deepEqual(line.redirect, { path: 'web.yaml', append: false });
  assert.equal(line.words.at(-1), 'yaml');
});

test('pflag forms: --x=y, --x y, -n y, -ny, bool flags, repeated flags and --', () => {
  const specs = { namespace: { kind: 'string' as const, short: 'n' }, all: { kind: 'bool' as const }, env: { kind: 'stringArray' as const } };
  const args = parseFlags(['get', '-nkube-system', 'pods', '--all', '--env', 'A=1', '--env=B=2', '--', 'sh', '-c', 'x'], specs);
  const flags = new Flags(args, specs);
  assert.deepEqual(args.positional, ['get', 'pods']);
  assert.equal(flags.string('namespace'), 'kube-system');
  assert.equal(flags.bool('all'), true);
  assert.deepEqual(flags.strings('env'), ['A=1', 'B=2']);
  assert.deepEqual(args.afterDash, ['sh', '-c', 'x']);
  assert.throws(() => parseFlags(['--nope'], specs), (e: unknown) => e instanceof FlagError && e.message === 'unknown flag: --nope');
});

test("a flag with pflag's NoOptDefVal takes it when bare and never swallows the next word", () => {
  const specs = { validate: { kind: 'string' as const, default: 'strict', noOptDefault: 'strict' }, filename: { kind: 'stringArray' as const, short: 'f' } };
  const bare = parseFlags(['apply', '--validate', '-f', 'mypod.yaml'], specs);
  assert.equal(new Flags(bare, specs).string('validate'), 'strict');
  assert.deepEqual(new Flags(bare, specs).strings('filename'), ['mypod.yaml']);
  // Only `=` gives it a value: a following word is positional, as in `kubectl apply --validate false` (pflag).
  const spaced = parseFlags(['apply', '--validate', 'false'], specs);
  assert.equal(new Flags(spaced, specs).string('validate'), 'strict');
  assert.deepEqual(spaced.positional, ['apply', 'false']);
  assert.equal(new Flags(parseFlags(['--validate=false'], specs), specs).string('validate'), 'false');
});
