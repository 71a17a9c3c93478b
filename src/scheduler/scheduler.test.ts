import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer, type ObjectKey, type StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { SeededRandom, VirtualClock } from '../clock';
import { requesting, testNode, testPod } from '../testing/scheduler-fixtures';
import { Scheduler, type SchedulerAction, type SchedulerController } from './scheduler';

/** A minimal runner: a FIFO of keys, actions applied straight to the API server, events collected. */
function harness() {
  const clock = new VirtualClock();
  const api = new ApiServer(clock, new SeededRandom(1));
  const queue: ObjectKey[] = [];
  const events: string[] = [];
  let controller: SchedulerController | undefined;
  const apply = (a: SchedulerAction) => {
    if (a.type === 'bind') api.bind(a.pod.metadata.namespace!, a.pod.metadata.name, a.nodeName);
    else if (a.type === 'patchStatus') api.updateStatus(a.object);
    else events.push(`${a.reason}: ${a.message}`);
  };
  const settle = () => {
    while (queue.length > 0) for (const a of controller!.reconcile(queue.shift()!, { store: api.store, now: clock.now() })) apply(a);
  };
  const scheduler = new Scheduler({ store: api.store, clock, seed: 1, runner: { register: (c) => (controller = c), enqueue: (_, key) => queue.push(key) } });
  clock.observe({ afterEvent: settle });
  const create = (obj: object) => {
    const { metadata, ...rest } = obj as StoredObject;
    api.create({ ...rest, metadata: { name: metadata.name, namespace: metadata.namespace, labels: metadata.labels } } as StoredObject);
    settle();
  };
  const nodeOf = (name: string) => (api.store.get('Pod', 'default', name) as StoredObject<Pod>).spec?.nodeName;
  return { api, clock, scheduler, events, create, settle, nodeOf };
}

test('binds a pod and records Scheduled', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.create(testPod('web'));
  assert.equal(h.nodeOf('web'), 'node-1');
  assert.deepEqual(h.events, ['Scheduled: Successfully assigned default/web to node-1']);
});

test('an unschedulable pod gets FailedScheduling and PodScheduled=False, and is retried when a node joins', () => {
  const h = harness();
  h.create(testNode('node-1', { cpu: '1' }));
  h.create(testPod('big', { containers: [requesting('2')] }));
  const message = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
  assert.deepEqual(h.events, [`FailedScheduling: ${message}`]);
  const condition = (h.api.store.get('Pod', 'default', 'big') as StoredObject<Pod>).status?.conditions?.[0];
  assert.deepEqual({ ...condition }, { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'Unschedulable', message });
  h.create(testNode('node-2', { cpu: '4' }));
  assert.equal(h.nodeOf('big'), undefined, 'still backing off');
  h.clock.advance(1_000);
  assert.equal(h.nodeOf('big'), 'node-2');
});

test('a node heartbeat does not re-queue pending pods', () => {
  const h = harness();
  h.create(testNode('node-1', { cpu: '1' }));
  h.create(testPod('big', { containers: [requesting('2')] }));
  const node = h.api.store.get('Node', undefined, 'node-1')!;
  h.clock.advance(5_000);
  h.api.updateStatus({ ...node, status: { ...(node.status as object), conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: h.clock.nowISO() }] } });
  h.settle();
  h.clock.advance(60_000);
  assert.equal(h.events.length, 1);
});

test('a stopped scheduler leaves pods alone; starting it schedules them', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.scheduler.stop();
  h.create(testPod('web'));
  assert.equal(h.nodeOf('web'), undefined);
  h.scheduler.start();
  h.settle();
  assert.equal(h.nodeOf('web'), 'node-1');
});

test('pods for another scheduler are not touched', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.create(testPod('custom', { schedulerName: 'my-scheduler' }));
  assert.equal(h.nodeOf('custom'), undefined);
  assert.deepEqual(h.events, []);
});
