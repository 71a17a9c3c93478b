import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EventAggregator, type AggregateIdentity } from './event-aggregator';

const rs = (message: string, over: Partial<AggregateIdentity> = {}): AggregateIdentity => ({
  kind: 'ReplicaSet', namespace: 'default', name: 'web', uid: 'rs-1', type: 'Normal', reason: 'SuccessfulCreate', component: 'replicaset-controller', host: '', message, ...over,
});

test('the 10th distinct message of a key within 10 minutes is aggregated, and each new one after it', () => {
  const aggregator = new EventAggregator(4096);
  for (let i = 1; i <= 9; i++) assert.equal(aggregator.aggregate(rs(`Created pod: web-${i}`), 0), false, `message ${i}`);
  assert.equal(aggregator.aggregate(rs('Created pod: web-9'), 0), false, 'a repeated message adds no local key');
  assert.equal(aggregator.aggregate(rs('Created pod: web-10'), 0), true);
  assert.equal(aggregator.aggregate(rs('Created pod: web-11'), 0), true);
});

test('PopAny removes the oldest local key: a still-known message is not aggregated, a removed one is', () => {
  const aggregator = new EventAggregator(4096);
  for (let i = 1; i <= 10; i++) aggregator.aggregate(rs(`m${i}`), 0);
  // Local keys now m2 … m10.
  assert.equal(aggregator.aggregate(rs('m5'), 0), false);
  assert.equal(aggregator.aggregate(rs('m1'), 0), true);
});

test('a gap of more than 600 s since the last similar Event starts the count afresh; exactly 600 s does not', () => {
  const aggregator = new EventAggregator(4096);
  let now = 0;
  for (let i = 1; i <= 9; i++) aggregator.aggregate(rs(`m${i}`), (now += 600_000));
  assert.equal(aggregator.aggregate(rs('m10'), (now += 600_000)), true);
  const fresh = new EventAggregator(4096);
  now = 0;
  for (let i = 1; i <= 9; i++) fresh.aggregate(rs(`m${i}`), now);
  assert.equal(fresh.aggregate(rs('m10'), (now += 600_001)), false);
  for (let i = 11; i <= 18; i++) assert.equal(fresh.aggregate(rs(`m${i}`), now), false);
  assert.equal(fresh.aggregate(rs('m19'), now), true);
});

test('Events of another object, source, type or reason are counted apart', () => {
  const aggregator = new EventAggregator(4096);
  const others: Partial<AggregateIdentity>[] = [{ uid: 'rs-2' }, { name: 'api', uid: '' }, { component: 'kubelet' }, { host: 'node-1' }, { type: 'Warning' }, { reason: 'SuccessfulDelete' }, {}];
  for (let i = 1; i <= 9; i++) for (const other of others) assert.equal(aggregator.aggregate(rs(`m${i}`, other), 0), false);
  for (const other of others) assert.equal(aggregator.aggregate(rs('m10', other), 0), true);
});

test('the records are an LRU of the given capacity: an evicted key starts afresh', () => {
  const aggregator = new EventAggregator(2);
  for (let i = 1; i <= 9; i++) aggregator.aggregate(rs(`m${i}`), 0);
  aggregator.aggregate(rs('x', { uid: 'a' }), 0);
  aggregator.aggregate(rs('x', { uid: 'b' }), 0);
  assert.equal(aggregator.size, 2);
  assert.equal(aggregator.aggregate(rs('m10'), 0), false);
});

/** EventAggregate as events_cache.go writes it: a joined key in an LRU, a set of local keys, PopAny taking the oldest. */
class GoAggregator {
  readonly cache = new Map<string, { keys: Set<string>; last: number }>();
  constructor(readonly capacity: number, readonly maxEvents: number, readonly intervalMs: number) {}

  aggregate(id: AggregateIdentity, now: number): boolean {
    const key = [id.component, id.host, id.kind, id.namespace, id.name, id.uid, id.type, id.reason].join('\u0000');
    let record = this.cache.get(key);
    if (record === undefined || now - record.last > this.intervalMs) record = { keys: new Set(), last: 0 };
    record.keys.add(id.message);
    record.last = now;
    this.cache.delete(key);
    this.cache.set(key, record);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    if (record.keys.size < this.maxEvents) return false;
    record.keys.delete(record.keys.values().next().value!);
    return true;
  }
}

test('EventAggregator decides as a joined-key LRU of local-key sets does', () => {
  const id = fc.record({
    kind: fc.constant('ReplicaSet'), namespace: fc.constant('default'), name: fc.constantFrom('a', 'b'), uid: fc.constantFrom('', 'u1', 'u2'),
    type: fc.constantFrom('Normal', 'Warning'), reason: fc.constantFrom('SuccessfulCreate', 'SuccessfulDelete'), component: fc.constant('replicaset-controller'),
    host: fc.constantFrom('', 'h'), message: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6'),
  });
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(id, fc.integer({ min: 0, max: 40 })), { maxLength: 200 }), (capacity, maxEvents, steps) => {
      const aggregator = new EventAggregator(capacity, maxEvents, 60);
      const reference = new GoAggregator(capacity, maxEvents, 60_000);
      let now = 0;
      for (const [event, gapSeconds] of steps) {
        now += gapSeconds * 1000;
        assert.equal(aggregator.aggregate(event, now), reference.aggregate(event, now));
        assert.equal(aggregator.size, reference.cache.size);
      }
    }),
    { numRuns: 500 },
  );
});
