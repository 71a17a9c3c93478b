import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VirtualClock } from '../clock';
import { EventNames, EventRecorder, eventNameSuffix } from './event-recorder';
import { ObjectStore } from './store';
import { Timeline } from './timeline';
import { deepFreeze } from './deep-freeze';
import type { KubeObject } from './object';

test('eventNameSuffix is the hex of milliseconds × 10⁶ + counter, exactly', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 42 }), fc.integer({ min: 0, max: 2 ** 32 }), (ms, counter) => {
      assert.equal(eventNameSuffix(ms, counter), (BigInt(ms) * 1_000_000n + BigInt(counter)).toString(16));
    }),
    { numRuns: 5000 },
  );
  assert.equal(eventNameSuffix(0, 0), '0');
});

test('EventNames builds `<object>.<eventNameSuffix>` across instants, carries and a zero top', () => {
  const names = new EventNames();
  // Runs of Events at one instant (the cached top digits), some across a carry of the low 24 bits.
  const step = fc.record({ ms: fc.oneof(fc.integer({ min: 0, max: 2 ** 42 }), fc.constantFrom(0, 16, 1_735_689_600_000)), counter: fc.integer({ min: 0, max: 2 ** 32 }), run: fc.integer({ min: 1, max: 4 }) });
  fc.assert(
    fc.property(fc.array(step, { maxLength: 20 }), fc.constantFrom('web', 'web-7d9f8c6b5d-x2x4z', ''), (steps, object) => {
      for (const { ms, counter, run } of steps) {
        for (let i = 0; i < run; i++) assert.equal(names.name(object, ms, counter + i), `${object}.${eventNameSuffix(ms, counter + i)}`);
      }
    }),
    { numRuns: 2000 },
  );
  assert.equal(names.name('web', 0, 0), 'web.0');
  assert.equal(names.name('web', 16, 777_215), 'web.' + (16n * 1_000_000n + 777_215n).toString(16));
});

test("a kubelet's Events about one pod version and container share a frozen involvedObject; others get their own", () => {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const store = new ObjectStore();
  const recorder = new EventRecorder(store, clock, new Timeline(() => clock.now()));
  const pod = deepFreeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7' } }) as KubeObject;
  const source = Object.freeze({ component: 'kubelet', host: 'node-1' });
  for (const reason of ['Pulling', 'Started']) recorder.record(pod, { type: 'Normal', reason, message: reason, fieldPath: 'spec.containers{web}', source });
  recorder.record(pod, { type: 'Normal', reason: 'Scheduled', message: 'assigned', source });
  const [pulling, started, scheduled] = ['Pulling', 'Started', 'Scheduled'].map((r) => store.list('Event', 'default').find((e) => e.reason === r)!);
  assert.equal(pulling!.involvedObject, started!.involvedObject);
  assert.notEqual(scheduled!.involvedObject, started!.involvedObject);
  assert.deepEqual({ ...(scheduled!.involvedObject as object) }, { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7', fieldPath: undefined });
  assert.match(pulling!.metadata.name, /^web\.[0-9a-f]+$/);
});

test("Events about one pod version share its involvedObject when other pods' Events come between (Pulling … Pulled)", () => {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const store = new ObjectStore();
  const recorder = new EventRecorder(store, clock, new Timeline(() => clock.now()));
  const pod = (name: string) => deepFreeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: name, resourceVersion: '7' } }) as KubeObject;
  const [web, db] = [pod('web'), pod('db')];
  const source = Object.freeze({ component: 'kubelet', host: 'node-1' });
  const fieldPath = 'spec.containers{app}';
  recorder.record(web, { type: 'Normal', reason: 'Pulling', message: 'Pulling image "nginx"', fieldPath, source });
  recorder.record(db, { type: 'Normal', reason: 'Pulling', message: 'Pulling image "nginx"', fieldPath, source });
  clock.advance(2000);
  recorder.record(web, { type: 'Normal', reason: 'Pulled', message: 'pulled', fieldPath, source });
  recorder.record(web, { type: 'Normal', reason: 'Killing', message: 'Stopping pod', source });
  const events = store.list('Event', 'default');
  const about = (name: string, reason: string) => events.find((e) => e.metadata.name.startsWith(`${name}.`) && e.reason === reason)!.involvedObject;
  assert.equal(about('web', 'Pulling'), about('web', 'Pulled'));
  assert.notEqual(about('web', 'Pulling'), about('db', 'Pulling'));
  // Another field path of the same version gets its own, with the fields it names.
  assert.deepEqual({ ...(about('web', 'Killing') as object) }, { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'default', uid: 'web', resourceVersion: '7', fieldPath: undefined });
  // The Event's name is the tail of the key the store keeps it under.
  for (const e of events) assert.equal(store.storedKey(e), `Event/default/${e.metadata.name}`);
});

test('Events are stored exactly as a copying store stored them: fields, order, resourceVersions, count bumps, re-creation', () => {
  const run = (copying: boolean): string[] => {
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const store = new ObjectStore();
    if (copying) store.put = ((put) => (obj: KubeObject) => put(obj))(store.put.bind(store));
    const recorder = new EventRecorder(store, clock, new Timeline(() => clock.now()));
    const pod = deepFreeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7' } }) as KubeObject;
    const source = Object.freeze({ component: 'kubelet', host: 'node-1' });
    const started = { type: 'Normal' as const, reason: 'Started', message: 'Started container web', fieldPath: 'spec.containers{web}', source };
    recorder.record(pod, started);
    clock.advance(1000);
    recorder.record(pod, started);
    const name = store.list('Event', 'default')[0]!.metadata.name;
    store.remove('Event', 'default', name);
    recorder.record(pod, started);
    recorder.record(pod, { type: 'Warning', reason: 'BackOff', message: 'Back-off', source });
    return store.list('Event', 'default').map((e) => JSON.stringify(e));
  };
  const owned = run(false);
  assert.deepEqual(owned, run(true));
  assert.match(owned[0]!, /"count":3/);
});

/** A recorder and a frozen ReplicaSet, as the replicaset-controller records Events about it. */
function replicaSetRecorder() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const store = new ObjectStore();
  const timeline = new Timeline(() => clock.now());
  const recorder = new EventRecorder(store, clock, timeline);
  const rs = deepFreeze({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-5d4f', namespace: 'default', uid: 'rs-1', resourceVersion: '3' } }) as KubeObject;
  const source = Object.freeze({ component: 'replicaset-controller' });
  const created = (i: number) => recorder.record(rs, { type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: web-5d4f-${i}`, source });
  const events = () => store.list('Event', 'default');
  return { clock, store, timeline, recorder, created, events };
}

test('30 creations at once: 9 Events, then the aggregate one counting 16 (the spam filter allowed 25 writes)', () => {
  const { created, events, timeline } = replicaSetRecorder();
  for (let i = 1; i <= 30; i++) created(i);
  const all = events();
  assert.equal(all.length, 10);
  assert.deepEqual(all.slice(0, 9).map((e) => [e.message, e.count]), Array.from({ length: 9 }, (_, i) => [`Created pod: web-5d4f-${i + 1}`, 1]));
  const aggregate = all[9]!;
  assert.equal(aggregate.message, '(combined from similar events): Created pod: web-5d4f-25');
  assert.equal(aggregate.count, 16);
  assert.equal(aggregate.reportingComponent, '');
  assert.equal(aggregate.reportingInstance, '');
  assert.deepEqual(aggregate.source, { component: 'replicaset-controller' });
  assert.match(aggregate.metadata.name, /^web-5d4f\.[0-9a-f]+$/);
  // Skipped Events never reached the API server: 25 on the timeline, the last ones with the combined message.
  const texts = timeline.all().filter((e) => e.type === 'Event').map((e) => e.text);
  assert.equal(texts.length, 25);
  assert.equal(texts[24], 'Normal SuccessfulCreate: (combined from similar events): Created pod: web-5d4f-25');
});

test('300 s later one more write is allowed: the aggregate Event carries the Events skipped meanwhile', () => {
  const { clock, created, events } = replicaSetRecorder();
  for (let i = 1; i <= 30; i++) created(i);
  const first = events()[9]!.firstTimestamp;
  clock.advance(300_000);
  created(31);
  const aggregate = events()[9]!;
  assert.equal(events().length, 10);
  assert.equal(aggregate.count, 22);
  assert.equal(aggregate.message, '(combined from similar events): Created pod: web-5d4f-31');
  assert.equal(aggregate.firstTimestamp, first);
  assert.equal(aggregate.lastTimestamp, clock.nowISO());
});

test('a series whose first Event was skipped is created later with the count observed meanwhile', () => {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const store = new ObjectStore();
  const recorder = new EventRecorder(store, clock, new Timeline(() => clock.now()));
  const pod = deepFreeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7' } }) as KubeObject;
  const source = Object.freeze({ component: 'kubelet', host: 'node-1' });
  for (let i = 0; i < 25; i++) recorder.record(pod, { type: 'Normal', reason: 'Pulled', message: 'Pulled', source });
  recorder.record(pod, { type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container', source });
  recorder.record(pod, { type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container', source });
  assert.equal(store.list('Event', 'default').length, 1);
  clock.advance(300_000);
  recorder.record(pod, { type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container', source });
  const backOff = store.list('Event', 'default').find((e) => e.reason === 'BackOff')!;
  assert.equal(backOff.count, 3);
  assert.equal(backOff.firstTimestamp, '2025-01-01T00:00:00Z');
  assert.equal(backOff.lastTimestamp, '2025-01-01T00:05:00Z');
});

test("kube-scheduler's Events (events.k8s.io, no correlator) are neither aggregated nor filtered", () => {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const store = new ObjectStore();
  const recorder = new EventRecorder(store, clock, new Timeline(() => clock.now()));
  const pod = deepFreeze({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7' } }) as KubeObject;
  const source = Object.freeze({ component: 'default-scheduler' });
  for (let i = 0; i < 30; i++) recorder.record(pod, { type: 'Warning', reason: 'FailedScheduling', message: `0/${i} nodes are available`, source });
  assert.equal(store.list('Event', 'default').length, 30);
});
