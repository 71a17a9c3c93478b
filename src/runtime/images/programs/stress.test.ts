import assert from 'node:assert/strict';
import test from 'node:test';
import { FakeContainer } from '../../testing';
import { RAMP_STEP_BYTES, TOUCH_BYTES_PER_MS } from './stress';

const MiB = 1024 * 1024;

/** Runs `stress ARGS` in polinux/stress until `untilMs`, recording each memory charge as [ms since start, bytes] (stress only sleeps: no CPU time between). */
function runStress(args: readonly string[], untilMs: number) {
  const container = new FakeContainer({ image: 'polinux/stress' });
  const charges: [number, number][] = [];
  const process = container.spawn(['stress', ...args], { chargeMemory: (_process, bytes) => charges.push([container.elapsed, bytes]) });
  return { result: container.run(process, { untilMs }), charges };
}

test('the docs memory-demo: one vm worker holds 150 MiB, frees it each second and takes it again', () => {
  const { result, charges } = runStress(['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'], 2_500);
  assert.equal(result.stdout, 'stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
  assert.equal(result.exitCode, undefined, 'still running');
  // 3 ms back-off, then 64 + 64 + 22 MiB at 2 MiB/ms: 32, 32 and 11 ms.
  assert.deepEqual(charges.slice(0, 4), [
    [3 + 32, 64 * MiB],
    [3 + 64, 128 * MiB],
    [3 + 75, 150 * MiB],
    [3 + 75 + 1000, 0],
  ]);
  assert.equal(charges[4]![1], 64 * MiB, 'the next round allocates again');
  assert.equal(RAMP_STEP_BYTES / TOUCH_BYTES_PER_MS, 32);
});

test('sizes are powers of 1024 as atoll_b reads them, and N workers hold N times as much', () => {
  const { charges } = runStress(['-m', '2', '--vm-bytes', '1g', '--vm-hang', '0'], 10_000);
  assert.deepEqual(charges.at(-1), [6 + 512, 2 * 1024 * MiB], '2 workers after a 6 ms back-off (3000 us per pending worker)');
  const kilobytes = runStress(['--vm', '1', '--vm-bytes', '8K', '--vm-hang', '0'], 1_000).charges;
  assert.deepEqual(kilobytes.at(-1)?.[1], 8192);
});

test('a stride wider than a page leaves the pages between untouched', () => {
  const { charges } = runStress(['--vm', '1', '--vm-bytes', '64M', '--vm-stride', '8K', '--vm-hang', '0'], 1_000);
  assert.equal(charges.at(-1)?.[1], 32 * MiB);
});

test('--timeout ends the workers by SIGALRM and the run succeeds, its memory freed', () => {
  const { result, charges } = runStress(['-c', '1', '--vm', '1', '--vm-bytes', '16M', '--vm-hang', '0', '--timeout', '5s', '--verbose'], 60_000);
  assert.equal(result.exitCode, 0);
  assert.equal(result.elapsedMs, 5_000);
  assert.equal(
    result.stdout,
    [
      'stress: info: [1] dispatching hogs: 1 cpu, 0 io, 1 vm, 0 hdd',
      'stress: dbug: [1] using backoff sleep of 6000us',
      'stress: dbug: [1] setting timeout to 5s',
      'stress: dbug: [1] --> hogcpu worker 1 [7] forked',
      'stress: dbug: [1] --> hogvm worker 1 [8] forked',
      'stress: dbug: [8] allocating 16777216 bytes ...',
      'stress: dbug: [8] touching bytes in strides of 4096 bytes ...',
      'stress: dbug: [8] sleeping forever with allocated memory',
      'stress: dbug: [1] <-- worker 7 signalled normally',
      'stress: dbug: [1] <-- worker 8 signalled normally',
      'stress: info: [1] successful run completed in 5s',
      '',
    ].join('\n'),
  );
  assert.deepEqual(charges.at(-1), [5_000, 0]);
});

test('without hogs stress prints its usage and exits 0 (the image CMD); bad options fail as stress.c does', () => {
  const container = new FakeContainer({ image: 'polinux/stress' });
  const usage = container.run(container.spawn());
  assert.equal(usage.exitCode, 0);
  assert.match(usage.stdout, /^`stress' imposes certain types of compute stress on your system\n\nUsage: stress \[OPTION \[ARG\]\] \.\.\.\n/);
  assert.equal(runStress(['--vm-bytes', '10X'], 1_000).result.stderr, 'stress: FAIL: [1] (647) unrecognized suffix: X\n');
  assert.equal(runStress(['--vm'], 1_000).result.stderr, "stress: FAIL: [1] (180) missing argument to option '--vm'\n");
  assert.equal(runStress(['--vm', '0'], 1_000).result.stderr, 'stress: FAIL: [1] (184) invalid number of vm hogs: 0\n');
  assert.equal(runStress(['--bogus'], 1_000).result.exitCode, 1);
  assert.equal(runStress(['--version'], 1_000).result.stdout, 'stress 1.0.4\n');
});

test('as PID 1 without handlers it ignores SIGTERM and dies only by SIGKILL', () => {
  const container = new FakeContainer({ image: 'polinux/stress' });
  const process = container.spawn(['stress', '--vm', '1', '--vm-bytes', '10M', '--vm-hang', '0']);
  const result = container.run(process, { untilMs: 60_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }, { atMs: 31_000, signal: 'SIGKILL' }] });
  assert.equal(result.exitCode, 137);
  assert.equal(result.elapsedMs, 31_000);
});
