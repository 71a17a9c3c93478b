import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom, VirtualClock } from '../clock';
import { createContainerRoot, ISOLATED_NETWORK, lookupImage, resolveContainerConfig } from '../runtime';
import type { ContainerStartSpec } from './container-runtime';
import { ContainerLog } from './logs';
import { SimulatedRuntime } from './simulated-runtime';

function startSpec(podUid: string, hostname: string, argv?: readonly string[]): ContainerStartSpec {
  const image = lookupImage('busybox:1.36');
  const config = resolveContainerConfig(image, { env: { GREETING: 'hi' } }, hostname);
  return { podUid, name: 'main', argv: argv ?? config.argv, env: config.env, cwd: config.cwd, image, fs: createContainerRoot(image), hostname, network: ISOLATED_NETWORK, log: new ContainerLog() };
}

test('a container is driven on the clock: it sleeps, is signalled and reports its exit once', () => {
  const clock = new VirtualClock();
  const runtime = new SimulatedRuntime(clock, new SeededRandom(1));
  const exits: string[] = [];
  const started = runtime.startContainer(startSpec('pod-a', 'web-1', ['sh', '-c', 'echo up; sleep 30']), { processExited: (id, code) => exits.push(`${id} ${code}`) });
  assert.ok(started.ok);
  assert.equal(runtime.isRunning(started.id), true);
  clock.advance(10_000);
  runtime.signal(started.id, 'SIGKILL');
  clock.advance(1);
  assert.deepEqual(exits, [`${started.id} 137`], 'the listener is told which container exited');
  assert.equal(runtime.isRunning(started.id), false);
});

test('replicas that differ by hostname each see their own environment, in containerd order', () => {
  const clock = new VirtualClock();
  const runtime = new SimulatedRuntime(clock, new SeededRandom(2));
  const ids = ['web-1', 'web-2'].map((hostname, i) => {
    const started = runtime.startContainer(startSpec(`pod-${i}`, hostname, ['sleep', '3600']), { processExited: () => {} });
    assert.ok(started.ok);
    return started.id;
  });
  const printed = ids.map((id) => runtime.exec(id, ['env']).stdout.split('\n').filter(Boolean));
  assert.deepEqual(printed[0], ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=web-1', 'GREETING=hi', 'HOME=/root']);
  assert.deepEqual(printed[1], ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=web-2', 'GREETING=hi', 'HOME=/root']);
});

test('an asynchronous exec runs on the clock and a process may kill PID 1', () => {
  const clock = new VirtualClock();
  const runtime = new SimulatedRuntime(clock, new SeededRandom(3));
  const exits: string[] = [];
  const started = runtime.startContainer(startSpec('pod-b', 'web-1', ['sleep', '3600']), { processExited: (id, code) => exits.push(`${id} ${code}`) });
  assert.ok(started.ok);
  const results: number[] = [];
  runtime.execAsync(started.id, ['sh', '-c', 'sleep 2; kill -9 1'], (result) => results.push(result.exitCode));
  clock.advance(1_000);
  assert.deepEqual(results, []);
  clock.advance(5_000);
  assert.deepEqual(results, [0]);
  assert.deepEqual(exits, [`${started.id} 137`], 'the listener is told which container exited');
});
