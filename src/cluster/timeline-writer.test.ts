import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, Timeline, type KubeObject } from '../api';
import fc from 'fast-check';
import { containerState, recordWrites } from './timeline-writer';

function pod(status: object, extra: { nodeName?: string; deleting?: boolean } = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', ...(extra.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}) },
    spec: { nodeName: extra.nodeName, containers: [{ name: 'web', image: 'nginx' }] }, status,
  } as KubeObject;
}

test('store writes become one-line summaries; a pod write also carries the swimlanes data', () => {
  const store = new ObjectStore();
  const timeline = new Timeline(() => 0);
  recordWrites(store, timeline);
  store.put(pod({ phase: 'Pending' }));
  store.put(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'init', state: { terminated: { reason: 'Completed', exitCode: 0 } } }], containerStatuses: [{ name: 'web', ready: true, state: { running: {} } }] }, { nodeName: 'node-1', deleting: true }));
  store.put({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 3 } } as KubeObject);
  store.put({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e', namespace: 'default' } } as KubeObject);
  store.remove('Pod', 'default', 'web');
  assert.deepEqual(timeline.all().map((e) => `${e.type} ${e.object} | ${e.text}`), [
    'ADDED Pod default/web | phase=Pending',
    'MODIFIED Pod default/web | deleting phase=Pending node=node-1 init=terminated(Completed) web=running(ready)',
    'ADDED Deployment default/web | replicas=3',
    'DELETED Pod default/web | deleting phase=Pending node=node-1 init=terminated(Completed) web=running(ready)',
  ]);
  assert.deepEqual(timeline.all()[0]?.data, { phase: 'Pending', deleting: false, containers: {} });
  assert.deepEqual(timeline.all()[1]?.data, { phase: 'Pending', deleting: true, containers: { init: 'terminated(Completed)', web: 'running(ready)' } });
  assert.equal(timeline.all()[2]?.data, undefined);
  assert.equal(timeline.all()[3]?.data, timeline.all()[1]?.data, 'equal summaries are one interned detail');
});

/** The summary as the writer built it before its trie (one string per write), to compare against. */
type Status = Parameters<typeof containerState>[0];
type Written = KubeObject & { spec?: { nodeName?: string; replicas?: number }; status?: { phase?: string; initContainerStatuses?: Status[]; containerStatuses?: Status[] } };

function expectedSummary(obj: Written): { text: string; data?: unknown } {
  const parts: string[] = [];
  if (obj.metadata.deletionTimestamp) parts.push('deleting');
  if (obj.status?.phase) parts.push(`phase=${obj.status.phase}`);
  const statuses = [...(obj.status?.initContainerStatuses ?? []), ...(obj.status?.containerStatuses ?? [])];
  if (obj.kind === 'Pod') {
    if (obj.spec?.nodeName) parts.push(`node=${obj.spec.nodeName}`);
    for (const c of statuses) parts.push(`${c.name}=${containerState(c)}`);
  }
  if (obj.spec?.replicas !== undefined) parts.push(`replicas=${obj.spec.replicas}`);
  const text = parts.join(' ');
  if (obj.kind !== 'Pod') return { text };
  return { text, data: { phase: obj.status?.phase, deleting: Boolean(obj.metadata.deletionTimestamp), containers: Object.fromEntries(statuses.map((c) => [c.name, containerState(c)])) } };
}

const containerStatus = fc.record(
  {
    name: fc.constantFrom('web', 'init', 'side', 'a'),
    ready: fc.boolean(),
    state: fc.oneof(
      fc.constant({}),
      fc.record({ running: fc.constant({ startedAt: '2025-01-01T00:00:00Z' }) }),
      fc.record({ waiting: fc.record({ reason: fc.constantFrom('ContainerCreating', 'CrashLoopBackOff', '') }, { requiredKeys: [] }) }),
      fc.record({ terminated: fc.record({ reason: fc.constantFrom('Completed', 'Error'), exitCode: fc.constantFrom(0, 1, 137) }, { requiredKeys: ['exitCode'] }) }),
    ),
  },
  { requiredKeys: ['name'] },
);

const written = fc.record({
  kind: fc.constantFrom('Pod', 'Pod', 'Pod', 'Deployment', 'ReplicaSet', 'Node'),
  name: fc.constantFrom('web', 'web-1', 'db'),
  namespace: fc.constantFrom('default', 'other', undefined),
  deleting: fc.boolean(),
  phase: fc.constantFrom(undefined, '', 'Pending', 'Running', 'Succeeded'),
  nodeName: fc.constantFrom(undefined, '', 'node-1', 'node-2'),
  replicas: fc.constantFrom(undefined, 0, 3),
  init: fc.option(fc.array(containerStatus, { maxLength: 2 }), { nil: undefined }),
  containers: fc.option(fc.array(containerStatus, { maxLength: 3 }), { nil: undefined }),
});

test('every write reads as the string summary of that version, whatever was interned before', () => {
  fc.assert(
    fc.property(fc.array(written, { minLength: 1, maxLength: 40 }), (writes) => {
      const store = new ObjectStore();
      const timeline = new Timeline(() => 0);
      recordWrites(store, timeline);
      const expected: string[] = [];
      const expectedData: unknown[] = [];
      for (const w of writes) {
        const status = { ...(w.phase === undefined ? {} : { phase: w.phase }), ...(w.init ? { initContainerStatuses: w.init } : {}), ...(w.containers ? { containerStatuses: w.containers } : {}) };
        const spec = w.kind === 'Pod' ? { nodeName: w.nodeName, containers: [{ name: 'web', image: 'nginx' }] } : { ...(w.replicas === undefined ? {} : { replicas: w.replicas }) };
        const obj = {
          apiVersion: 'v1', kind: w.kind,
          metadata: { name: w.name, ...(w.namespace ? { namespace: w.namespace } : {}), ...(w.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}) },
          spec, status,
        } as KubeObject;
        store.put(obj);
        const e = expectedSummary(obj as Written);
        expected.push(`${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name} | ${e.text}`);
        expectedData.push(e.data);
      }
      assert.deepEqual(timeline.all().map((e) => `${e.object} | ${e.text}`), expected);
      assert.deepEqual(timeline.all().map((e) => e.data), expectedData);
    }),
    { numRuns: 300 },
  );
});

test('an object is named by one label string per UID, shared with the Events about it; a new UID gets the same text', () => {
  const store = new ObjectStore();
  const timeline = new Timeline(() => 0);
  recordWrites(store, timeline);
  const withUid = (uid: string, phase: string) => ({ ...pod({ phase }), metadata: { name: 'web', namespace: 'default', uid } }) as KubeObject;
  store.put(withUid('u1', 'Pending'));
  timeline.recordDetail('Event', ['Pod default', '/', 'web'].join(''), 'Normal Scheduled: x');
  store.put(withUid('u1', 'Running'));
  store.remove('Pod', 'default', 'web');
  store.put(withUid('u2', 'Pending'));
  const [first, event, second, deleted, recreated] = timeline.all();
  assert.deepEqual(timeline.all().map((e) => `${e.type} ${e.object}`), ['ADDED Pod default/web', 'Event Pod default/web', 'MODIFIED Pod default/web', 'DELETED Pod default/web', 'ADDED Pod default/web']);
  for (const e of [event, second, deleted, recreated]) assert.equal(e?.object, first?.object);
});
