import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ObjectStore } from './store';
import type { KubeObject, ObjectKey } from './object';
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

test('a kind with three indexers, two registered after its objects, keeps each one current through writes and removal', () => {
  const store = new ObjectStore();
  const byFirst = (o: KubeObject): [string, string][] => [['first', (o.metadata.name ?? '').slice(0, 1)]];
  const byNode = (o: KubeObject): [string, string][] => [['node', (o.spec as { nodeName?: string }).nodeName ?? '']];
  const byBoth = (o: KubeObject): [string, string][] => [...byFirst(o), ...byNode(o)];
  store.addIndexer({ name: 'first', kind: 'Pod', keys: byFirst });
  store.put(pod('a1', { spec: { nodeName: 'n1' } }));
  store.addIndexer({ name: 'node', kind: 'Pod', keys: byNode });
  store.put(pod('b1', { spec: { nodeName: 'n1' } }));
  store.addIndexer({ name: 'both', kind: 'Pod', keys: byBoth });
  store.put(pod('a1', { spec: { nodeName: 'n2' } }));
  const keys = (name: string, group: string, bucket: string) => [...(store.indexed(name, group)?.get(bucket) ?? [])];
  assert.deepEqual(keys('first', 'first', 'a'), ['Pod/default/a1']);
  assert.deepEqual(keys('node', 'node', 'n1'), ['Pod/default/b1']);
  assert.deepEqual(keys('both', 'node', 'n2'), ['Pod/default/a1']);
  assert.deepEqual(keys('both', 'first', 'b'), ['Pod/default/b1']);
  store.remove('Pod', 'default', 'a1');
  assert.deepEqual([store.indexed('first', 'first')?.has('a'), store.indexed('node', 'node')?.has('n2'), store.indexed('both', 'node')?.has('n2')], [false, false, false]);
});

/**
 * The indexes as the store kept them before objects remembered their buckets: on each write every old key
 * removed (empty buckets and groups dropped), then every new key added. Readers rely on the resulting order.
 */
class ReferenceIndex {
  readonly groups = new Map<string, Map<string, Set<string>>>();
  private readonly current = new Map<string, readonly (readonly [string, string])[]>();

  write(key: string, keys: readonly (readonly [string, string])[] | undefined): void {
    for (const [group, bucket] of this.current.get(key) ?? []) {
      const buckets = this.groups.get(group);
      const set = buckets?.get(bucket);
      if (!buckets || !set) continue;
      set.delete(key);
      if (set.size === 0) buckets.delete(bucket);
      if (buckets.size === 0) this.groups.delete(group);
    }
    if (!keys) return void this.current.delete(key);
    this.current.set(key, keys);
    for (const [group, bucket] of keys) {
      if (!this.groups.has(group)) this.groups.set(group, new Map());
      const buckets = this.groups.get(group)!;
      if (!buckets.has(bucket)) buckets.set(bucket, new Set());
      buckets.get(bucket)!.add(key);
    }
  }
}

test('re-filing an object lists every group, bucket and key in the order removing and adding it would', () => {
  // Pods carry their (group, bucket) pairs in an annotation: none, one, several, duplicates.
  const keysOf = (o: KubeObject): [string, string][] => JSON.parse(o.metadata.annotations?.keys ?? '[]') as [string, string][];
  // Few names and buckets, mostly one pair per object (what the store's indexers file), so that re-writes
  // of an object into the bucket it is in, alone or with others, come up often.
  const pair = fc.tuple(fc.constantFrom('g1', 'g2'), fc.constantFrom('a', 'b'));
  const names = fc.constantFrom('p', 'q', 'r');
  const op = fc.oneof(
    { weight: 4, arbitrary: fc.record({ name: names, keys: pair.map((p) => [p]), node: fc.constantFrom(undefined, 'n1', 'n2') }) },
    { weight: 1, arbitrary: fc.record({ name: names, keys: fc.array(pair, { maxLength: 3 }), node: fc.constant(undefined) }) },
    { weight: 1, arbitrary: fc.record({ remove: names }) },
  );
  fc.assert(
    fc.property(fc.boolean(), fc.array(op, { minLength: 3, maxLength: 25 }), (lateIndexer, ops) => {
      const store = new ObjectStore();
      const reference = new ReferenceIndex();
      const indexer = { name: 'by-annotation', kind: 'Pod', keys: keysOf };
      if (!lateIndexer) store.addIndexer(indexer);
      for (const o of ops) {
        if ('remove' in o) {
          if (store.remove('Pod', 'default', o.remove)) reference.write(`Pod/default/${o.remove}`, undefined);
          continue;
        }
        const stored = store.put(pod(o.name, { metadata: { name: o.name, namespace: 'default', annotations: { keys: JSON.stringify(o.keys) } }, spec: { nodeName: o.node } }));
        reference.write(`Pod/default/${o.name}`, keysOf(stored));
      }
      if (lateIndexer) {
        store.addIndexer(indexer);
        const ordered = new ReferenceIndex();
        for (const [key, keys] of inWriteOrder(store)) ordered.write(key, keys);
        reference.groups.clear();
        for (const [group, buckets] of ordered.groups) reference.groups.set(group, buckets);
      }
      for (const group of ['g1', 'g2', 'g3']) {
        const actual = [...(store.indexed('by-annotation', group) ?? [])].map(([bucket, keys]) => [bucket, [...keys]]);
        const expected = [...(reference.groups.get(group) ?? [])].map(([bucket, keys]) => [bucket, [...keys]]);
        assert.deepEqual(actual, expected);
      }
    }),
    { numRuns: 300 },
  );
});

/** A late indexer files the existing objects in the store's write order (byKind keeps the last write last). */
function inWriteOrder(store: ObjectStore): [string, [string, string][]][] {
  const pods = store.list('Pod').sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
  return pods.map((o) => [`Pod/default/${o.metadata.name}`, JSON.parse(o.metadata.annotations?.keys ?? '[]') as [string, string][]]);
}

test('podsOnNode lists pods in write order, a re-written pod last', () => {
  const store = new ObjectStore();
  for (const name of ['a', 'b', 'c']) store.put(pod(name, { spec: { nodeName: 'n1' } }));
  store.put(pod('a', { spec: { nodeName: 'n1' }, status: { phase: 'Running' } }));
  assert.deepEqual(store.podsOnNode('n1').map((o) => o.metadata.name), ['b', 'c', 'a']);
});

test('a write shares the frozen parts it was given and freezes only the new ones', () => {
  const store = new ObjectStore();
  const first = store.put(pod('a', { spec: { nodeName: 'n1', containers: [{ name: 'c' }] } }));
  const second = store.put({ ...first, status: { phase: 'Running', podIP: '10.0.0.1' } });
  assert.equal(second.spec, first.spec);
  assert.ok(Object.isFrozen(second.status) && Object.isFrozen(second.metadata));
  assert.equal(second.metadata.resourceVersion, String(Number(first.metadata.resourceVersion) + 1));
});

test('property: get, getByKey, size and list agree with a plain map of the writes, across kinds and removals', () => {
  // `Pad` shares getByKey's kind code with `Pod` (first and last letter, length); each step reads between the writes.
  const kinds = ['Pod', 'ConfigMap', 'Node', 'Pad', 'ClusterRoleBinding', 'Event'];
  const op = fc.record({ kind: fc.constantFrom(...kinds), name: fc.constantFrom('a', 'b', 'c'), remove: fc.boolean(), read: fc.constantFrom(...kinds) });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const store = new ObjectStore();
      const reference = new Map<string, string>();
      const namespaceOf = (kind: string): string | undefined => (kind === 'Node' || kind === 'ClusterRoleBinding' ? undefined : 'default');
      for (const { kind, name, remove, read } of ops) {
        const namespace = namespaceOf(kind);
        const key = `${kind}/${namespace ?? ''}/${name}`;
        const readKey = `${read}/${namespaceOf(read) ?? ''}/${name}`;
        assert.equal(store.get(read, namespaceOf(read), name)?.metadata.resourceVersion, reference.get(readKey));
        assert.equal(store.getByKey(readKey as ObjectKey)?.metadata.resourceVersion, reference.get(readKey));
        if (remove) {
          assert.equal(store.remove(kind, namespace, name)?.metadata.resourceVersion, reference.get(key));
          reference.delete(key);
        } else {
          reference.set(key, store.put({ apiVersion: 'v1', kind, metadata: { name, namespace } }).metadata.resourceVersion);
        }
      }
      assert.equal(store.size, reference.size);
      for (const [key, version] of reference) {
        const [kind = '', namespace = '', name = ''] = key.split('/');
        assert.equal(store.get(kind, namespace || undefined, name)?.metadata.resourceVersion, version);
        assert.equal(store.getByKey(key as ObjectKey)?.metadata.resourceVersion, version);
      }
      for (const kind of kinds) {
        const expected = [...reference.keys()].filter((k) => k.startsWith(`${kind}/`)).sort();
        assert.deepEqual(store.list(kind).map((o) => `${kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`), expected);
      }
      assert.equal(store.getByKey('Secret/default/a' as ObjectKey), undefined);
      assert.equal(store.getByKey('ConfigMap/default/' as ObjectKey), undefined);
      assert.equal(store.get('Secret', 'default', 'a'), undefined);
    }),
    { numRuns: 300 },
  );
});

test("property: Events' table answers as a ConfigMap's: reads and writes inside watchers, owners, a late indexer", () => {
  // The same operations on Events and on ConfigMaps, with a watcher that reads other objects of the kind and
  // re-writes one on an ADDED, in the middle of a write or removal (the kind table's remembered slot and miss).
  const op = fc.record({ name: fc.constantFrom('a', 'b', 'c'), action: fc.constantFrom('put', 'owned', 'remove', 'read', 'storedKey', 'index') });
  const run = (kind: string, ops: { name: string; action: string }[]): unknown[] => {
    const store = new ObjectStore();
    const seen: unknown[] = [];
    store.watch(kind, (e) => {
      seen.push([e.type, e.object.metadata.name, e.object.metadata.resourceVersion, e.oldObject?.metadata.resourceVersion]);
      seen.push(store.get(kind, 'default', 'a')?.metadata.resourceVersion, store.getByKey(`${kind}/default/b` as ObjectKey)?.metadata.resourceVersion);
      if (e.type === 'ADDED' && e.object.metadata.name === 'c') store.put({ apiVersion: 'v1', kind, metadata: { name: 'b', namespace: 'default' }, data: { by: 'watcher' } });
    });
    let indexed = false;
    for (const { name, action } of ops) {
      const metadata = { name, namespace: 'default', ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'p', uid: `owner-${name}` }], resourceVersion: '' };
      if (action === 'put' || action === 'owned') seen.push(store.put({ apiVersion: 'v1', kind, metadata, data: { n: seen.length } }, action === 'owned').metadata.resourceVersion);
      else if (action === 'remove') seen.push(store.remove(kind, 'default', name)?.metadata.resourceVersion);
      else if (action === 'read') seen.push(store.get(kind, 'default', name)?.data);
      else if (action === 'storedKey') seen.push(store.storedKey({ apiVersion: 'v1', kind, metadata: { name, namespace: 'default' } })?.replace(kind, ''));
      else if (!indexed) {
        indexed = true;
        store.addIndexer({ name: `${kind}-by-name`, kind, keys: (o) => [['all', o.metadata.name]] });
      }
      seen.push(store.size, store.list(kind).map((o) => [o.metadata.name, o.metadata.resourceVersion]), ['a', 'b', 'c'].map((n) => store.dependents(`owner-${n}`).length));
      seen.push(indexed ? [...(store.indexed(`${kind}-by-name`, 'all') ?? new Map()).entries()].map(([b, keys]) => [b, [...keys].map((k) => k.replace(kind, ''))]) : null);
    }
    return seen;
  };
  fc.assert(
    fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      assert.deepEqual(run('Event', ops), run('ConfigMap', ops));
    }),
    { numRuns: 300 },
  );
});

test('put with owned stores the handed-over object itself, with the key order and values a copy would have', () => {
  const copying = new ObjectStore();
  const owning = new ObjectStore();
  const build = (): KubeObject => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e', namespace: 'default', uid: 'u' }, reason: 'Started', count: 1 });
  const copied = copying.put(build());
  const given = build();
  const owned = owning.put(given, true);
  assert.equal(owned, given);
  assert.ok(Object.isFrozen(owned) && Object.isFrozen(owned.metadata));
  assert.equal(JSON.stringify(owned), JSON.stringify(copied));
  assert.deepEqual(Object.keys(owned.metadata), ['name', 'namespace', 'uid', 'resourceVersion']);
  // A frozen object, or a stored object's frozen metadata, is copied: stored objects are shared.
  const bumped = owning.put({ ...owned, count: 2 }, true);
  assert.notEqual(bumped.metadata, owned.metadata);
  assert.equal(owned.metadata.resourceVersion, '1');
  assert.deepEqual([bumped.metadata.resourceVersion, bumped.count], ['2', 2]);
  const again = owning.put(bumped, true);
  assert.notEqual(again, bumped);
  assert.equal(again.metadata.resourceVersion, '3');
});

test('storedKey names an object by the key getByKey reads, the same across its writes, and nothing once removed', () => {
  const store = new ObjectStore();
  assert.equal(store.storedKey(pod('a')), undefined);
  const first = store.put(pod('a'));
  const key = store.storedKey(first);
  assert.equal(key, 'Pod/default/a');
  store.put(pod('b'));
  const second = store.put({ ...first, status: { phase: 'Running' } });
  assert.equal(store.storedKey(second), key);
  assert.equal(store.getByKey(key!), second);
  // A read of another object in between: the next write of `a` still finds it (and is a MODIFIED).
  store.get('Pod', 'default', 'b');
  const events: string[] = [];
  store.watch('Pod', (e) => events.push(e.type));
  store.put({ ...second, status: { phase: 'Succeeded' } });
  store.remove('Pod', 'default', 'a');
  assert.deepEqual(events, ['MODIFIED', 'DELETED']);
  assert.equal(store.storedKey(second), undefined);
  assert.equal(store.get('Pod', 'default', 'a'), undefined);
  assert.equal(store.size, 1);
});

test('a name found free is looked up again once any object is added: a create checks twice, a watcher may add it between', () => {
  const store = new ObjectStore();
  const events: string[] = [];
  store.watch('Pod', (e) => {
    events.push(`${e.type} ${e.object.metadata.name}`);
    // A watcher of `b`'s creation creates `a`, which the outer caller had found free just before.
    if (e.object.metadata.name === 'b' && e.type === 'ADDED') store.put(pod('a'));
  });
  assert.equal(store.get('Pod', 'default', 'a'), undefined);
  store.put(pod('b'));
  store.put(pod('a'));
  assert.equal(store.get('Pod', 'default', 'c'), undefined);
  assert.equal(store.get('Pod', 'default', 'c'), undefined);
  store.put(pod('c'));
  assert.equal(store.get('Pod', 'default', 'c')?.metadata.resourceVersion, '4');
  assert.deepEqual(events, ['ADDED b', 'ADDED a', 'MODIFIED a', 'ADDED c']);
  // Removing the last read object: neither get nor getByKey answers from it afterwards.
  assert.equal(store.getByKey('Pod/default/c' as ObjectKey)?.metadata.name, 'c');
  store.remove('Pod', 'default', 'c');
  assert.equal(store.getByKey('Pod/default/c' as ObjectKey), undefined);
  assert.equal(store.get('Pod', 'default', 'c'), undefined);
});
