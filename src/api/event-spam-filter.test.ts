import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SPAM_QPS, EventSpamFilter, type SpamIdentity } from './event-spam-filter';

const pod = (over: Partial<SpamIdentity> = {}): SpamIdentity => ({ kind: 'Pod', namespace: 'default', name: 'web', uid: 'u1', component: 'kubelet', host: 'node-1', ...over });

/** How many of `n` Events at `nowMs` get through. */
function accepted(filter: EventSpamFilter, id: SpamIdentity, nowMs: number, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (!filter.filter(id, nowMs)) count++;
  return count;
}

test('the qps is float32(1/300), as CorrelatorOptions holds it', () => {
  assert.equal(DEFAULT_SPAM_QPS, 0.0033333334140479565);
});

test('a source writes 25 Events about an object at once, then one per 300 s', () => {
  const filter = new EventSpamFilter(4096);
  assert.equal(accepted(filter, pod(), 0, 30), 25);
  assert.equal(accepted(filter, pod(), 299_999, 1), 0);
  assert.equal(accepted(filter, pod(), 300_000, 3), 1);
  // Refused requests took nothing: half a token at 450 s, a whole one at 600 s.
  assert.equal(accepted(filter, pod(), 450_000, 1), 0);
  assert.equal(accepted(filter, pod(), 600_000, 2), 1);
});

test('the bucket refills up to the burst and no further', () => {
  const filter = new EventSpamFilter(4096);
  assert.equal(accepted(filter, pod(), 0, 25), 25);
  assert.equal(accepted(filter, pod(), 24 * 3_600_000, 40), 25);
  assert.equal(accepted(filter, pod(), 24 * 3_600_000 + 3 * 300_000, 10), 3);
});

test('each source and object has its own bucket', () => {
  const filter = new EventSpamFilter(4096);
  assert.equal(accepted(filter, pod(), 0, 25), 25);
  for (const other of [{ host: 'node-2' }, { component: 'taint-eviction-controller', host: '' }, { uid: 'u2' }, { name: 'db', uid: '' }, { kind: 'Node' }, { namespace: 'prod' }]) {
    assert.equal(accepted(filter, pod(other), 0, 26), 25, JSON.stringify(other));
  }
  assert.equal(accepted(filter, pod(), 0, 1), 0);
});

test('the buckets are an LRU of the given capacity: an evicted one comes back full', () => {
  const filter = new EventSpamFilter(2);
  assert.equal(accepted(filter, pod(), 0, 25), 25);
  accepted(filter, pod({ uid: 'u2' }), 0, 1);
  assert.equal(accepted(filter, pod(), 0, 1), 0, 'still cached: a refusal is a use');
  accepted(filter, pod({ uid: 'u3' }), 0, 1);
  accepted(filter, pod({ uid: 'u4' }), 0, 1);
  assert.equal(filter.size, 2);
  assert.equal(accepted(filter, pod(), 0, 25), 25);
});

test('a clock read earlier than the last accepted Event refills nothing', () => {
  const filter = new EventSpamFilter(4096);
  assert.equal(accepted(filter, pod(), 1_000_000, 25), 25);
  assert.equal(accepted(filter, pod(), 0, 1), 0);
});
