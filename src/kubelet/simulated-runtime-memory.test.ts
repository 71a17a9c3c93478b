import assert from 'node:assert/strict';
import test from 'node:test';
import { SeededRandom, VirtualClock } from '../clock';
import { createContainerRoot, ISOLATED_NETWORK, lookupImage, resolveContainerConfig } from '../runtime';
import type { ContainerExitListener, ContainerStartSpec } from './container-runtime';
import { ContainerLog } from './logs';
import { SimulatedRuntime } from './simulated-runtime';

const MiB = 1024 * 1024;

function startSpec(image: string, argv?: readonly string[]): ContainerStartSpec {
  const spec = lookupImage(image);
  const config = resolveContainerConfig(spec, {}, 'memory-demo');
  return { podUid: 'pod-uid', name: 'memory-demo-ctr', argv: argv ?? config.argv, env: config.env, cwd: config.cwd, image: spec, fs: createContainerRoot(spec), hostname: 'memory-demo', network: ISOLATED_NETWORK, log: new ContainerLog() };
}

/** A kubelet stand-in: the container's limit (asked for by name) and the exits it is told of. */
function kubelet(limit: number | undefined): ContainerExitListener & { exits: string[]; asked: string[] } {
  const exits: string[] = [];
  const asked: string[] = [];
  return {
    exits,
    asked,
    processExited: (_id, code, reason) => exits.push(`${code} ${reason ?? '-'}`),
    memoryLimit: (name) => (asked.push(name), limit),
  };
}

function setUp(limit: number | undefined, argv: readonly string[]) {
  const clock = new VirtualClock();
  const runtime = new SimulatedRuntime(clock, new SeededRandom(7));
  const listener = kubelet(limit);
  const started = runtime.startContainer(startSpec('polinux/stress', argv), listener);
  assert.ok(started.ok);
  return { clock, runtime, listener, id: started.id };
}

test('past its limit the container is OOM-killed: SIGKILL, exit code 137, reason OOMKilled, its cgroup gone', () => {
  const { clock, runtime, listener, id } = setUp(100 * MiB, ['stress', '--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1']);
  clock.advance(3 + 32);
  assert.equal(runtime.memoryUsage(id), 64 * MiB, 'the first 64 MiB touched');
  assert.deepEqual(listener.asked, ['memory-demo-ctr'], 'the limit is asked for once, on the first charge');
  assert.deepEqual(listener.exits, []);
  clock.advance(32);
  assert.deepEqual(listener.exits, ['137 OOMKilled'], 'killed at the charge that crossed 100 MiB (128 MiB)');
  assert.equal(runtime.isRunning(id), false);
  assert.equal(runtime.memoryUsage(id), undefined);
  clock.advance(60_000);
  assert.deepEqual(listener.exits, ['137 OOMKilled'], 'reported once');
});

test('under its limit the container keeps running, its usage rising and falling with the hog', () => {
  const { clock, runtime, listener, id } = setUp(200 * MiB, ['stress', '--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1']);
  clock.advance(600_000);
  assert.deepEqual(listener.exits, []);
  assert.equal(runtime.isRunning(id), true);
  assert.ok([0, 64 * MiB, 128 * MiB, 150 * MiB].includes(runtime.memoryUsage(id)!));
});

test('without a limit no amount of memory kills the container', () => {
  const { clock, runtime, listener, id } = setUp(undefined, ['stress', '--vm', '4', '--vm-bytes', '1G', '--vm-hang', '0']);
  clock.advance(60_000);
  assert.deepEqual(listener.exits, []);
  assert.equal(runtime.memoryUsage(id), 4 * 1024 * MiB);
});

test('a container whose program never reports memory gets no cgroup and is never asked its limit', () => {
  const clock = new VirtualClock();
  const runtime = new SimulatedRuntime(clock, new SeededRandom(8));
  const listener = kubelet(1);
  const started = runtime.startContainer(startSpec('nginx:1.27'), listener);
  assert.ok(started.ok);
  clock.advance(60_000);
  assert.equal(runtime.memoryUsage(started.id), undefined);
  assert.deepEqual(listener.asked, []);
  assert.deepEqual(listener.exits, []);
});

test("an exec's memory counts toward its container's limit and is freed when the exec ends", () => {
  const { clock, runtime, listener, id } = setUp(100 * MiB, ['stress', '--vm', '1', '--vm-bytes', '60M', '--vm-hang', '0']);
  clock.advance(1_000);
  assert.equal(runtime.memoryUsage(id), 60 * MiB);
  const exec = runtime.exec(id, ['stress', '--vm', '1', '--vm-bytes', '30M', '--vm-hang', '0', '--timeout', '2s']);
  assert.equal(exec.exitCode, 0);
  assert.equal(runtime.memoryUsage(id), 60 * MiB, 'the exec held 30 MiB more while it ran (90 MiB: under the limit), then freed it');
  runtime.execAsync(id, ['stress', '--vm', '1', '--vm-bytes', '50M', '--vm-hang', '0'], () => {});
  clock.advance(1_000);
  assert.deepEqual(listener.exits, ['137 OOMKilled'], '60 + 50 MiB is past the limit: the whole container goes');
});
