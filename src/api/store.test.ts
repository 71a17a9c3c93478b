import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore } from './store';
import type { KubeObject } from './object';
import type { WatchEvent } from './watch';

const pod = (name: string, extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: {},
  ...extra,
});

test('put assigns increasing resourceVersions and freezes objects', () => {
  const store = new ObjectStore();
  const a = store.put(pod('a'));
  const b = store.put(pod('b'));
  assert.ok(Number(b.metadata.resourceVersion) > Number(a.metadata.resourceVersion));
  assert.throws(() => {
    (a.metadata as { name: string }).name = 'x';
  }, TypeError);
});

test('watchers see ADDED, MODIFIED with the old object, and DELETED', () => {
  const store = new ObjectStore();
  const events: WatchEvent[] = [];
  store.watch('Pod', (e) => events.push(e));
  store.put(pod('a'));
  store.put(pod('a', { spec: { nodeName: 'node-1' } }));
  store.remove('Pod', 'default', 'a');
  assert.deepEqual(events.map((e) => e.type), ['ADDED', 'MODIFIED', 'DELETED']);
  assert.deepEqual(events[1]!.oldObject?.spec, {});
});

test('indexes by owner and by node follow updates', () => {
  const store = new ObjectStore();
  store.put(pod('a', { metadata: { name: 'a', namespace: 'default', uid: 'a', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'rs-uid' }] } }));
  store.put(pod('b', { spec: { nodeName: 'node-1' } }));
  assert.deepEqual(store.dependents('rs-uid').map((o) => o.metadata.name), ['a']);
  assert.deepEqual(store.podsOnNode('node-1').map((o) => o.metadata.name), ['b']);
  store.put(pod('b', { spec: { nodeName: 'node-2' } }));
  assert.deepEqual(store.podsOnNode('node-1'), []);
  assert.deepEqual(store.podsOnNode('node-2').map((o) => o.metadata.name), ['b']);
});

test('list filters by namespace and sorts by namespace then name', () => {
  const store = new ObjectStore();
  store.put(pod('z'));
  store.put({ ...pod('a'), metadata: { name: 'a', namespace: 'kube-system', uid: 'k' } });
  store.put(pod('b'));
  assert.deepEqual(store.list('Pod').map((o) => `${o.metadata.namespace}/${o.metadata.name}`), ['default/b', 'default/z', 'kube-system/a']);
  assert.deepEqual(store.list('Pod', 'kube-system').map((o) => o.metadata.name), ['a']);
});

test('an indexer files objects under (group, bucket) and keeps them current on update, delete and late registration', () => {
  const store = new ObjectStore();
  store.put(pod('early', { spec: { nodeName: 'n1' } }));
  store.addIndexer({ name: 'by-node', kind: 'Pod', keys: (o) => [[(o.spec as { nodeName?: string }).nodeName ?? '', o.metadata.name.slice(0, 1)]] });
  store.put(pod('a', { spec: { nodeName: 'n1' } }));
  store.put(pod('b', { spec: { nodeName: 'n2' } }));
  const n1 = () => [...(store.indexed('by-node', 'n1') ?? new Map())].map(([bucket, keys]) => [bucket, [...keys]]);
  assert.deepEqual(n1(), [['e', ['Pod/default/early']], ['a', ['Pod/default/a']]]);
  store.put(pod('a', { spec: { nodeName: 'n2' } }));
  store.remove('Pod', 'default', 'early');
  assert.deepEqual(n1(), []);
  assert.equal(store.indexed('by-node', 'n2')?.get('a')?.size, 1);
  assert.equal(store.indexed('unknown', 'n1'), undefined);
});
