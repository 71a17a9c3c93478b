import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupImage } from './images/lookup-image';
import { ListenerTable } from './listeners';
import { ISOLATED_NETWORK } from './network-stack';
import { MAX_STEPS_WITHOUT_SLEEP, RUNAWAY_EXIT_CODE, RUNAWAY_MESSAGE, spawnProcess } from './spawn-process';
import { FakeContainer } from './testing';
import { Directory, VirtualFS } from './vfs';

test('a shell as PID 1 without a trap ignores SIGTERM and dies by SIGKILL with 137', () => {
  const container = new FakeContainer();
  const run = container.runScript('while true; do sleep 1; done', { untilMs: 40_000, signals: [{ atMs: 5_000, signal: 'SIGTERM' }, { atMs: 35_000, signal: 'SIGKILL' }] });
  assert.equal(run.exitCode, 137);
  assert.equal(run.elapsedMs, 35_000);
});

test('sleep as PID 1 ignores SIGTERM too (the famous "sleep does not stop")', () => {
  const container = new FakeContainer();
  const run = container.run(container.spawn(['sleep', '3600']), { untilMs: 60_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, undefined);
});

test('a trap handles SIGTERM once the running command finishes', () => {
  const container = new FakeContainer();
  const run = container.runScript("trap 'echo bye; exit 0' TERM; while true; do sleep 1; done", { signals: [{ atMs: 5_500, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, 0);
  assert.equal(run.stdout, 'bye\n');
  assert.ok(run.elapsedMs >= 6_000 && run.elapsedMs < 6_100, String(run.elapsedMs));
});

test('trap SIGTERM spelling and numbers work; the trap waits for a long foreground sleep', () => {
  const container = new FakeContainer();
  const run = container.runScript("trap 'exit 0' SIGTERM; sleep 600", { untilMs: 30_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, undefined);
  const numeric = new FakeContainer().runScript("trap 'exit 3' 15; while :; do sleep 1; done", { signals: [{ atMs: 100, signal: 'SIGTERM' }] });
  assert.equal(numeric.exitCode, 3);
});

test('an EXIT trap runs when the script ends', () => {
  assert.equal(new FakeContainer().runScript("trap 'echo cleanup' EXIT; echo work").stdout, 'work\ncleanup\n');
});

test('SIGKILL always ends the process with 137', () => {
  const container = new FakeContainer();
  const run = container.runScript("trap '' TERM KILL; sleep infinity", { signals: [{ atMs: 10, signal: 'SIGKILL' }] });
  assert.equal(run.exitCode, 137);
});

test('a runaway loop is stopped with a clear message and its own exit code', () => {
  const run = new FakeContainer().runScript('while true; do echo x > /dev/null; done', { untilMs: 100_000 });
  assert.equal(run.exitCode, RUNAWAY_EXIT_CODE);
  assert.equal(run.stderr, RUNAWAY_MESSAGE);
  assert.equal(RUNAWAY_MESSAGE, 'kubespec: script exceeded 10000 steps without sleeping (infinite loop?)\n');
  assert.equal(run.elapsedMs, MAX_STEPS_WITHOUT_SLEEP + 1);
});

test('exec hands PID 1 to the program, so nginx receives SIGTERM and exits 0', () => {
  const container = new FakeContainer({ image: 'nginx' });
  const run = container.runScript('echo starting; exec nginx -g "daemon off;"', { signals: [{ atMs: 5_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, 0);
  assert.match(run.stderr, /\[notice\] 1#1: signal 15 \(SIGTERM\) received, exiting\n$/);
  assert.equal(container.listeners.isListening(80), false);
});

test('sh -c runs its last simple command in place of the shell (ash EV_EXIT)', () => {
  const container = new FakeContainer({ image: 'nginx' });
  const run = container.runScript("nginx -g 'daemon off;'", { signals: [{ atMs: 1_000, signal: 'SIGQUIT' }] });
  assert.equal(run.exitCode, 0);
});

test('a shell running nginx in the foreground keeps PID 1 and ignores SIGTERM', () => {
  const container = new FakeContainer({ image: 'nginx' });
  const run = container.runScript("nginx -g 'daemon off;'; echo after", { untilMs: 60_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, undefined);
  assert.equal(container.listeners.isListening(80), true);
});

test('nginx -s quit from an exec signals PID 1, which shuts down gracefully', () => {
  const container = new FakeContainer({ image: 'nginx' });
  const main = container.spawn();
  assert.equal(container.run(main, { untilMs: 1_000 }).finalState.state, 'blocked');
  const hook = container.run(container.spawn(['/bin/sh', '-c', 'nginx -s quit']));
  assert.equal(hook.exitCode, 0);
  const after = container.run(main);
  assert.equal(after.exitCode, 0);
  assert.match(after.stderr, /signal 3 \(SIGQUIT\) received, shutting down/);
});

test('exec errors are the CRI messages', () => {
  const fs = new VirtualFS(Directory.fromFiles({ 'app/run.sh': '#!/bin/sh\necho run\n' }));
  const ctx = { fs, env: {}, hostname: 'p', stdout: () => undefined, stderr: () => undefined, now: () => 0, network: ISOLATED_NETWORK, listeners: new ListenerTable() };
  const distroless = spawnProcess(['sh', '-c', 'echo hi'], { ...ctx, image: lookupImage('gcr.io/distroless/static:nonroot') });
  assert.deepEqual(distroless, { ok: false, error: 'exec: "sh": executable file not found in $PATH' });
  const busybox = lookupImage('busybox');
  assert.deepEqual(spawnProcess(['bash', '-c', 'true'], { ...ctx, image: busybox }), { ok: false, error: 'exec: "bash": executable file not found in $PATH' });
  assert.deepEqual(spawnProcess(['/app/run.sh'], { ...ctx, image: busybox }), { ok: false, error: 'exec: "/app/run.sh": permission denied' });
  assert.deepEqual(spawnProcess(['/app/missing'], { ...ctx, image: busybox }), { ok: false, error: 'exec: "/app/missing": stat /app/missing: no such file or directory' });
  fs.chmod('/app/run.sh', 0o755);
  assert.equal(spawnProcess(['/app/run.sh'], { ...ctx, image: busybox }).ok, true);
});

test('an executable script runs through its #! interpreter', () => {
  const container = new FakeContainer();
  container.fs.writeFile('/start.sh', '#!/bin/sh\necho "args: $*"\n', { mode: 0o755 });
  assert.equal(container.run(container.spawn(['/start.sh', 'a', 'b'])).stdout, 'args: a b\n');
});

test('resume() before a sleep ends only reports the remaining time', () => {
  let now = 0;
  const container = new FakeContainer();
  const process = container.spawn(['sleep', '5'], { now: () => now });
  assert.deepEqual(process.resume(), { state: 'sleeping', ms: 5_000 });
  now = 2_000;
  assert.deepEqual(process.resume(), { state: 'sleeping', ms: 3_000 });
  now = 5_000;
  assert.deepEqual(process.resume(), { state: 'exited', code: 0 });
});

test('an entrypoint execs its program in the same process: new argv, PID 1 signals and output', () => {
  const container = new FakeContainer({ image: 'redis' });
  const run = container.run(container.spawn(['docker-entrypoint.sh', 'sh', '-c', 'trap "echo \\"got $0\\"; exit 4" TERM; while :; do sleep 1; done', 'me']), {
    signals: [{ atMs: 2_500, signal: 'SIGTERM' }],
  });
  assert.equal(run.exitCode, 4);
  assert.equal(run.stdout, 'got me\n');
});

test('env runs its command with the changed environment, in the caller\'s streams', () => {
  const run = new FakeContainer().runScript('env -i A=1 B=2 sh -c \'echo "$A$B" >&2; env\'');
  assert.equal(run.stderr, '12\n');
  assert.equal(run.stdout, 'A=1\nB=2\nPWD=/\n');
});

test("a process's working directory is its context's, else its image's WORKDIR", () => {
  const container = new FakeContainer({ image: 'curlimages/curl' });
  assert.equal(container.run(container.spawn(['sh', '-c', 'pwd'], { cwd: undefined })).stdout, '/home/curl_user\n');
  assert.equal(container.run(container.spawn(['sh', '-c', 'pwd'], { cwd: '/tmp' })).stdout, '/tmp\n');
});

test('between runs a process reads the container clock, not its last run charged with CPU time', () => {
  const now = 1_000_000;
  const container = new FakeContainer();
  const process = container.spawn(['sh', '-c', 'nslookup kubernetes.default >/dev/null; sleep 1'], { now: () => now });
  const state = process.resume();
  // The lookup charged CPU time before the sleep: the sleep ends later than one second from the run's start.
  assert.ok(state.state === 'sleeping' && state.ms > 1_000);
  assert.equal((process as unknown as { now(): number }).now(), now);
});
