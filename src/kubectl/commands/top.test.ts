import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { Kubectl } from '../kubectl';
import { SandboxedFiles } from '../files';

const kubectl = new Kubectl({ cluster: new Cluster({ nodes: 1 }), files: new SandboxedFiles() });

/** stderr and exit code of one command line; every case here fails, so stdout stays empty. */
function fails(line: string): [string, number] {
  const result = kubectl.run(line);
  assert.equal(result.stdout, '', line);
  return [result.stderr, result.exitCode];
}

test('with no metrics-server, top pod and top node stop at discovery, named object or not', () => {
  for (const line of ['kubectl top pod cpu-demo --namespace=cpu-example', 'kubectl top pods -A --containers', 'kubectl top node', 'kubectl top no node-1 --show-capacity']) {
    assert.deepEqual(fails(line), ['error: Metrics API not available\n', 1], line);
  }
});

test("arguments and flags are checked first, with each subcommand's wording (as kubectl v1.32 prints them)", () => {
  assert.deepEqual(fails('kubectl top pod --sort-by=foo'), ['error: --sort-by accepts only cpu or memory\n', 1]);
  assert.deepEqual(fails('kubectl top pod a -l x=y'), ['error: only one of NAME or selector can be provided\n', 1]);
  assert.deepEqual(fails('kubectl top pod a --field-selector x=y'), ['error: only one of NAME or selector can be provided\n', 1]);
  assert.deepEqual(fails('kubectl top node a -l x=y'), ['error: only one of NAME or --selector can be provided\n', 1]);
  assert.deepEqual(fails('kubectl top pod a b'), ["error: pod [NAME | -l label]\nSee 'kubectl top pod -h' for help and examples\n", 1]);
  assert.deepEqual(fails('kubectl top foo'), ["error: unknown command \"foo\"\nSee 'kubectl top -h' for help and examples\n", 1]);
});

test('top node has no pod-only flags', () => {
  const [stderr, code] = fails('kubectl top node --containers');
  assert.match(stderr, /^Error: unknown flag: --containers\n/);
  assert.equal(code, 1);
});

test('top alone prints its help to stderr and exits 1', () => {
  const [stderr, code] = fails('kubectl top');
  assert.match(stderr, /^Display resource \(CPU\/memory\) usage\.\n/);
  assert.match(stderr, /\n  pod           Display resource \(CPU\/memory\) usage of pods\n/);
  assert.equal(code, 1);
});
