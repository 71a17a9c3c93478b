import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from './main';
import type { CliIO } from './cli-io';

const ROOT = join(__dirname, '..', '..');

async function kubespec(argv: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (c: Buffer) => (chunks.stdout += c.toString()));
  stderr.on('data', (c: Buffer) => (chunks.stderr += c.toString()));
  const io: CliIO = { cwd, stdout, stderr };
  const code = await main(argv, io);
  return { code, ...chunks };
}

test('usage errors exit 2 and point at the help', async () => {
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['grade'], /give the assignment/],
    [['grade', 'no/such/suite', '--submission', 'x'], /no such assignment: "no\/such\/suite"/],
    [['grade', 'examples/course/rbac/assignment'], /give at least one --submission DIR/],
    [['sim'], /give at least one manifest/],
    [['sim', 'x.yaml', '--nodes', 'two'], /no such manifest|--nodes/],
    [['run', 'no-such.feature'], /no such file or folder: "no-such.feature"/],
    [['run', '--tagz', 'x'], /unknown option "--tagz"/],
    [['run', '--shard', '3/2', 'features'], /--shard must be INDEX\/TOTAL/],
    [['steps', '--lang', 'fr'], /--lang must be en, zh-CN or both/],
    [['steps', '--out'], /unknown option "--out"/],
  ];
  for (const [argv, message] of cases) {
    const result = await kubespec(argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, message, argv.join(' '));
    assert.match(result.stderr, /Run "kubespec( \w+)? --help" for usage/);
  }
});

test('every command has --help, which exits 0', async () => {
  for (const command of ['run', 'sim', 'grade', 'steps']) {
    const result = await kubespec([command, '--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, new RegExp(`^Usage: kubespec ${command}`));
  }
  assert.equal((await kubespec(['--help'])).code, 0);
  assert.equal((await kubespec([])).code, 2);
});

test('kubespec steps lists both languages', async () => {
  const result = await kubespec(['steps']);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /^# kubectl — Running kubectl and checking what it printed$/m);
  assert.match(result.stdout, /^  I run \{string\}\n    我运行 \{string\}$/m);
  const zh = await kubespec(['steps', '--lang', 'zh-CN']);
  assert.doesNotMatch(zh.stdout, /^ {2}I run \{string\}$/m);
});

test('kubespec sim applies, simulates and prints the state and the timeline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-sim-'));
  writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n');
  const result = await kubespec(['sim', 'cm.yaml', '--for', '1m'], dir);
  rmSync(dir, { recursive: true });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^\$ kubectl apply -f cm\.yaml\nconfigmap\/settings created$/m);
  assert.match(result.stdout, /# after 1m0s of virtual time: kubectl get all,pv,pvc -A\nNAMESPACE +NAME/);
  assert.match(result.stdout, /ADDED +ConfigMap default\/settings/);
});

test('kubespec sim exits 1 when kubectl rejects a manifest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-sim-'));
  writeFileSync(join(dir, 'bad.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Not_Valid\n');
  const result = await kubespec(['sim', 'bad.yaml'], dir);
  rmSync(dir, { recursive: true });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Not_Valid/);
});

test('kubespec grade writes the four reports per submission and exits 1 unless all earn full marks', async () => {
  const out = mkdtempSync(join(tmpdir(), 'kubespec-grade-'));
  const result = await kubespec(['grade', 'examples/course/rbac/assignment', '--submissions-in', 'examples/course/rbac/submissions', '--out', out]);
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /^correct: 6 \/ 6 points, 4\/4 tests passed/m);
  assert.match(result.stdout, /^wrong: 4 \/ 6 points, 3\/4 tests passed/m);
  assert.match(result.stdout, /graded 2 submissions: 1 with full marks/);
  const results = JSON.parse(readFileSync(join(out, 'wrong', 'results.json'), 'utf8'));
  assert.equal(results.score, 4);
  assert.deepEqual(results.tests.map((t: { visibility: string }) => t.visibility), ['visible', 'visible', 'visible', 'hidden']);
  assert.match(readFileSync(join(out, 'wrong', 'junit.xml'), 'utf8'), /<failure message="Failed step: &quot;kubectl auth can-i delete pods -n dev&quot; should print &quot;no&quot;">/);
  assert.match(readFileSync(join(out, 'wrong', 'summary.md'), 'utf8'), /^# wrong: 4 \/ 6 points/);
  assert.match(readFileSync(join(out, 'correct', 'summary.html'), 'utf8'), /<h1>correct: 6 \/ 6 points<\/h1>/);
  rmSync(out, { recursive: true });
});

test('kubespec grade: a syntax error in the assignment is a usage error with file, line and column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-suite-'));
  mkdirSync(join(dir, 'suite'));
  writeFileSync(join(dir, 'suite', 'a.feature'), 'Feature: a\n  Scenario: b\n    Given a cluster with 1 node\n   oops\n');
  const result = await kubespec(['grade', 'suite', '--submission', '.'], dir);
  rmSync(dir, { recursive: true });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /suite\/a\.feature:4:4: expected: #EOF/);
});
