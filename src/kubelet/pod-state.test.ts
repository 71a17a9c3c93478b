import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContainerLog } from './logs';
import { PodState, type ContainerInstance, type StatusFacts } from './pod-state';

function instance(name: string, id: string, fields: Partial<ContainerInstance> = {}): ContainerInstance {
  return {
    id, containerID: `containerd://${id}`, name, kind: 'regular', attempt: 0, image: 'nginx', imageID: 'sha256:x', specImage: 'nginx',
    startedAt: 0, state: 'running', hookPending: false, startupPassed: true, readinessPassed: true, log: new ContainerLog(), ...fields,
  };
}

function factsOf(state: PodState): unknown[] {
  const facts: unknown[] = [];
  const into: StatusFacts = { add: (value) => void facts.push(value) };
  state.statusFacts(into);
  return facts;
}

test('instances are grouped by name in first-start order, the newest two of each kept', () => {
  const state = new PodState('u');
  const [a1, b1, a2, a3] = [instance('a', 'a1'), instance('b', 'b1'), instance('a', 'a2'), instance('a', 'a3')];
  for (const i of [a1, b1, a2, a3]) state.add(i!);
  assert.deepEqual(state.all().map((i) => i.id), ['a2', 'a3', 'b1']);
  assert.equal(state.latest('a'), a3);
  assert.equal(state.latest('b'), b1);
  assert.equal(state.latest('c'), undefined);
  assert.equal(state.instanceCount(), 3);
  assert.equal(state.findById('a2'), a2);
  assert.equal(state.findById('a1'), undefined);
  a2!.state = 'exited';
  assert.deepEqual(state.running().map((i) => i.id), ['a3', 'b1']);
});

test('an instance whose postStart hook runs is not visible yet', () => {
  const state = new PodState('u');
  const [first, second] = [instance('web', 'w1', { state: 'exited' }), instance('web', 'w2', { hookPending: true })];
  state.add(first!);
  state.add(second!);
  assert.deepEqual(state.visible('web'), [first]);
  assert.equal(state.visibleFromEnd('web', 0), first);
  assert.equal(state.visibleFromEnd('web', 1), undefined);
  second!.hookPending = false;
  assert.deepEqual(state.visible('web'), [first, second]);
  assert.equal(state.visibleFromEnd('web', 0), second);
  assert.equal(state.visibleFromEnd('web', 1), first);
});

test('status facts: two values for an instance that has not ended, its termination facts once it has', () => {
  const state = new PodState('u');
  const web = instance('web', 'w1');
  state.add(web);
  const running = factsOf(state);
  assert.equal(running.length, 3, 'sandbox, the instance, its flags');
  state.markExited(web, 137, 5_000);
  const exited = factsOf(state);
  assert.deepEqual(exited.slice(1), [web, 4 | 8 | 16, 5_000, 137, 'Error', undefined], 'exited, startup and readiness passed, ended');
  web.message = 'OOMKilled';
  assert.notDeepEqual(factsOf(state), exited, 'a termination fact that changes changes the facts');
});
