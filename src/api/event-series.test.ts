import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EventSeries, EventSeriesCache, type SeriesIdentity } from './event-series';

/** The cache it replaces: getEventKey's fields joined into one key, in a Map re-inserted on each use, evicting its first key. */
class JoinedKeyLru {
  readonly map = new Map<string, string>();
  constructor(private readonly capacity: number) {}
  get(id: SeriesIdentity): string | undefined {
    const key = joined(id);
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  add(id: SeriesIdentity, name: string): void {
    this.map.set(joined(id), name);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

function joined(id: SeriesIdentity): string {
  return [id.kind, id.namespace, id.name, id.uid, id.fieldPath, id.type, id.reason, id.message, id.component, id.host, id.aggregate].join('\u0000');
}

// Few values per field, uids sometimes missing: series of one object, of objects without a uid, and near misses
// differing in one field come up often.
const identity: fc.Arbitrary<SeriesIdentity> = fc.record({
  kind: fc.constantFrom('Pod', 'Node'),
  namespace: fc.constantFrom('default', 'kube-system'),
  name: fc.constantFrom('web', 'db'),
  uid: fc.constantFrom('', 'u1', 'u2'),
  fieldPath: fc.constantFrom('', 'spec.containers{web}'),
  type: fc.constantFrom('Normal', 'Warning'),
  reason: fc.constantFrom('Pulled', 'Started'),
  message: fc.constantFrom('a', 'b', 'c'),
  component: fc.constantFrom('kubelet'),
  host: fc.constantFrom('', 'node-1'),
  aggregate: fc.boolean(),
});

test('EventSeriesCache finds, keeps and evicts exactly what a joined-key LRU does', () => {
  // Short list limits: objects' lists turn into message indexes, and series are evicted from both.
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), fc.array(identity, { maxLength: 150 }), (capacity, chainLimit, ids) => {
      const cache = new EventSeriesCache(capacity, chainLimit);
      const reference = new JoinedKeyLru(capacity);
      ids.forEach((id, i) => {
        // Copies of the strings: the cache must compare by content, not by identity.
        const probe = Object.fromEntries(Object.entries(id).map(([k, v]) => [k, typeof v === 'string' ? [v].join('') : v])) as unknown as SeriesIdentity;
        const found = cache.get(probe);
        assert.equal(found?.eventName, reference.get(id));
        if (!found) {
          cache.add(probe, `e${i}`, 't');
          reference.add(id, `e${i}`);
        }
        assert.equal(cache.size, reference.map.size);
        assert.deepEqual([...cache.series()].map(joined), [...reference.map.keys()]);
      });
    }),
    { numRuns: 1000 },
  );
});

test('EventSeriesCache drops the least recently used series, a read counting as a use', () => {
  const id = (reason: string): SeriesIdentity => ({ kind: 'Pod', namespace: 'default', name: 'web', uid: 'u1', fieldPath: '', type: 'Normal', reason, message: 'm', component: 'kubelet', host: '', aggregate: false });
  const cache = new EventSeriesCache(2);
  cache.add(id('a'), 'web.1', 't');
  cache.add(id('b'), 'web.2', 't');
  assert.equal(cache.get(id('a'))?.eventName, 'web.1');
  cache.add(id('c'), 'web.3', 't');
  assert.deepEqual([...cache.series()].map((s) => s.reason), ['a', 'c']);
  assert.equal(cache.get(id('b')), undefined);
  assert.throws(() => new EventSeriesCache(0), RangeError);
});

test('a lookup compares only the series of the same object and message, however many the object has', () => {
  // A ReplicaSet's `Created pod: <name>` Events: one series per pod, all about the ReplicaSet.
  const id = (message: string): SeriesIdentity => ({ kind: 'ReplicaSet', namespace: 'default', name: 'web', uid: 'rs', fieldPath: '', type: 'Normal', reason: 'SuccessfulCreate', message, component: 'replicaset-controller', host: '', aggregate: false });
  const cache = new EventSeriesCache(4096);
  for (let i = 0; i < 5000; i++) cache.add(id(`Created pod: web-${i}`), `web.${i}`, 't');
  let compared = 0;
  const original = EventSeries.prototype.matches;
  EventSeries.prototype.matches = function (this: EventSeries, probe: SeriesIdentity) {
    compared++;
    return original.call(this, probe);
  };
  try {
    assert.equal(cache.get(id('Created pod: web-new')), undefined);
    assert.equal(cache.get(id('Created pod: web-1000'))?.eventName, 'web.1000');
    assert.equal(cache.get(id('Created pod: web-903')), undefined, 'evicted: the oldest 904 of 5,000');
  } finally {
    EventSeries.prototype.matches = original;
  }
  assert.equal(compared, 1);
  assert.equal(cache.size, 4096);
});
