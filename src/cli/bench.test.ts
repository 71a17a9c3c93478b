import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { main } from './main';
import type { CliIO } from './cli-io';

async function kubespec(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (c: Buffer) => (chunks.stdout += c.toString()));
  stderr.on('data', (c: Buffer) => (chunks.stderr += c.toString()));
  const io: CliIO = { cwd: join(__dirname, '..', '..'), stdout, stderr };
  return { code: await main(argv, io), ...chunks };
}

test('kubespec bench: usage errors exit 2', async () => {
  const cases: [string[], RegExp][] = [
    [['bench', 'nope'], /unknown benchmark "nope" \(one of: scale, /],
    [['bench', 'scale', '--pods', '3'], /unknown option "--pods"/],
    [['bench', 'scale', '--nodes', 'many'], /option "--nodes" must be a whole number of at least 1, not "many"/],
    [['bench', 'scale', 'extra'], /unexpected argument "extra"/],
  ];
  for (const [argv, message] of cases) {
    const result = await kubespec(argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, message, argv.join(' '));
  }
});

test('kubespec bench --help lists every benchmark with its options', async () => {
  const result = await kubespec(['bench', '--help']);
  assert.equal(result.code, 0);
  for (const name of ['scale', 'rolling-update', 'probes', 'cronjob', 'features', 'foundation', 'rollout-revisions', 'grading', 'scaling-curve']) assert.match(result.stdout, new RegExp(`^  ${name} `, 'm'));
  assert.match(result.stdout, /--nodes 100 --pods-per-node 30/);
});

test('kubespec bench scale --json prints one object with the issue\'s fields', async () => {
  const result = await kubespec(['bench', 'scale', '--nodes', '2', '--pods-per-node', '3', '--runs', '1', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const json = JSON.parse(result.stdout) as Record<string, number>;
  for (const key of ['nodes', 'pods', 'wall_s', 'cpu_s', 'events', 'events_per_s', 'virtual_s_per_s', 'pods_scheduled_per_s', 'rss_mb']) assert.equal(typeof json[key], 'number', key);
  assert.equal(json.nodes, 2);
  assert.equal(json.pods, 6);
  assert.ok(json.process_s! >= json.wall_s!, 'the process ran at least as long as its measured run');
});

test('a size that would not fit is refused with the estimate, not attempted', async () => {
  // 10 million pods: more than any machine's free memory, so no re-run with a larger heap either.
  const result = await kubespec(['bench', 'scale', '--nodes', '100000', '--pods-per-node', '100', '--json']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /refusing this benchmark with 100000 nodes × 100 pods \(10000000 pods at ~\d+ KiB each\): it would need about \d+ MiB, more than the \d+ MiB of memory available on this machine/);
  assert.equal(result.stdout, '');
});
