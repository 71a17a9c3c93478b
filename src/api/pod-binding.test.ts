import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom, VirtualClock } from '../clock';
import { T0 } from '../testing/workload-fixtures';
import { ApiServer } from './api-server';
import type { KubeObject, StoredObject } from './object';

type Condition = { type: string; status: string; lastProbeTime: null; lastTransitionTime: string };
const conditionsOf = (pod: StoredObject): readonly Condition[] => (pod.status as { conditions: Condition[] }).conditions;

function pod(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
}

test('a binding sets PodScheduled at the instant of the binding, keeping the other conditions', () => {
  const clock = new VirtualClock(T0);
  const api = new ApiServer(clock, new SeededRandom(1));
  api.create(pod('a'));
  const bound = api.bind('default', 'a', 'node-1');
  assert.equal((bound.spec as { nodeName: string }).nodeName, 'node-1');
  assert.deepEqual(conditionsOf(bound), [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: clock.nowISO() }]);

  // The scheduler's status write for a pod it could not place yet, beside another component's condition.
  const unschedulable = { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastProbeTime: null, lastTransitionTime: clock.nowISO() };
  const other = { type: 'DisruptionTarget', status: 'False', lastProbeTime: null, lastTransitionTime: clock.nowISO() };
  const created = api.create(pod('b'));
  api.updateStatus({ ...created, status: { ...(created.status as object), conditions: [unschedulable, other] } });
  clock.advance(1500);
  const second = api.bind('default', 'b', 'node-1');
  assert.deepEqual(conditionsOf(second), [other, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: clock.nowISO() }]);
});

test('pods bound in the same second share one frozen PodScheduled list; the next second has its own', () => {
  const clock = new VirtualClock(T0);
  const api = new ApiServer(clock, new SeededRandom(1));
  for (const name of ['a', 'b', 'c']) api.create(pod(name));
  const a = api.bind('default', 'a', 'node-1');
  clock.advance(400);
  const b = api.bind('default', 'b', 'node-2');
  assert.equal(conditionsOf(b), conditionsOf(a));
  assert.ok(Object.isFrozen(conditionsOf(a)) && Object.isFrozen(conditionsOf(a)[0]));
  clock.advance(1000);
  const c = api.bind('default', 'c', 'node-1');
  assert.notEqual(conditionsOf(c), conditionsOf(a));
  assert.notEqual(conditionsOf(c)[0]!.lastTransitionTime, conditionsOf(a)[0]!.lastTransitionTime);
});
