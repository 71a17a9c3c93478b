import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EventQueue, type ScheduledEventId } from './event-queue';

type Op = { kind: 'push'; at: number } | { kind: 'cancel'; pick: number } | { kind: 'pop' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), at: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('pop' as const) }),
);

/**
 * Against a sorted list with a `cancelled` mark per event: the same events pop in the same order, and
 * cancelling an id that already ran (or twice) changes nothing. Many late cancels exercise the pruning.
 */
test('pops what a sorted list would, with cancels of pending and of finished events', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
      const queue = new EventQueue();
      const model: { id: ScheduledEventId; at: number; seq: number; cancelled: boolean }[] = [];
      const issued: ScheduledEventId[] = [];
      let seq = 0;
      for (const o of ops) {
        if (o.kind === 'push') {
          const id = (seq + 1) as ScheduledEventId;
          queue.push({ id, at: o.at, seq, label: `e${seq}`, run: () => undefined });
          model.push({ id, at: o.at, seq: seq++, cancelled: false });
          issued.push(id);
        } else if (o.kind === 'cancel' && issued.length > 0) {
          const id = issued[o.pick % issued.length]!;
          queue.cancel(id);
          const pending = model.find((e) => e.id === id);
          if (pending) pending.cancelled = true;
        } else if (o.kind === 'pop') {
          const live = model.filter((e) => !e.cancelled).sort((a, b) => a.at - b.at || a.seq - b.seq);
          const expected = live[0];
          const got = queue.pop();
          assert.equal(got?.id, expected?.id);
          if (expected) model.splice(model.indexOf(expected), 1);
        }
        assert.equal(queue.size, model.filter((e) => !e.cancelled).length);
      }
      const rest = model.filter((e) => !e.cancelled).sort((a, b) => a.at - b.at || a.seq - b.seq);
      assert.deepEqual(queue.snapshot().map((e) => e.id), rest.map((e) => e.id));
    }),
    { numRuns: 300 },
  );
});

test('late cancels of finished events are pruned, not kept for ever', () => {
  const queue = new EventQueue();
  for (let id = 1; id <= 10_000; id++) {
    queue.push({ id: id as ScheduledEventId, at: id, seq: id, label: 'x', run: () => undefined });
    queue.pop();
    queue.cancel(id as ScheduledEventId);
  }
  const kept = (queue as unknown as { cancelled: Set<number> }).cancelled.size;
  assert.ok(kept <= 64 + 1, `kept ${kept} late cancels`);
});

test('a prune keeps the cancels of events still pending', () => {
  const queue = new EventQueue();
  const push = (id: number, at: number): void => queue.push({ id: id as ScheduledEventId, at, seq: id, label: 'x', run: () => undefined });
  for (let id = 1; id <= 20; id++) push(id, 1_000);
  for (const id of [2, 5, 8, 13, 20]) queue.cancel(id as ScheduledEventId);
  for (let id = 21; id <= 400; id++) {
    push(id, 0);
    queue.pop();
    queue.cancel(id as ScheduledEventId);
  }
  const popped: number[] = [];
  for (let e = queue.pop(); e; e = queue.pop()) popped.push(e.id);
  assert.deepEqual(popped, [1, 3, 4, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19]);
});

/** Large enough to outgrow the key array (1,024 entries at first) while interleaving pops, pushes and cancels. */
test('pops in (at, seq) order across key-array growth, with ties and cancels', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean(), fc.boolean()), { minLength: 1_100, maxLength: 3_000 }),
      (rows) => {
        const queue = new EventQueue();
        const model: { id: ScheduledEventId; at: number; seq: number }[] = [];
        const popped: number[] = [];
        const expected: number[] = [];
        const takeBoth = (): void => {
          model.sort((a, b) => a.at - b.at || a.seq - b.seq);
          expected.push(model.shift()!.id);
          popped.push(queue.pop()!.id);
        };
        rows.forEach(([at, cancel, pop], seq) => {
          const id = (seq + 1) as ScheduledEventId;
          queue.push({ id, at, seq, label: 'x', run: () => undefined });
          if (cancel && seq % 7 === 0) queue.cancel(id);
          else model.push({ id, at, seq });
          if (pop && seq % 5 === 0 && model.length > 0) takeBoth();
        });
        while (model.length > 0) takeBoth();
        assert.deepEqual(popped, expected);
        assert.equal(queue.pop(), undefined);
      },
    ),
    { numRuns: 40 },
  );
});

test('equal instants run by sequence number, whatever the push order, infinite instants included', () => {
  const queue = new EventQueue();
  const push = (seq: number, at: number): void => queue.push({ id: (seq + 1) as ScheduledEventId, at, seq, label: 'x', run: () => undefined });
  for (const seq of [9, 3, 7, 1, 5]) push(seq, Number.POSITIVE_INFINITY);
  for (const seq of [8, 2, 6, 0, 4]) push(seq, 10);
  push(10, 9);
  const order: number[] = [];
  for (let e = queue.pop(); e; e = queue.pop()) order.push(e.seq);
  assert.deepEqual(order, [10, 0, 2, 4, 6, 8, 1, 3, 5, 7, 9]);
});

test('a cancelled event at the top is skipped by peek and pop, and cancels do not disturb ties', () => {
  const queue = new EventQueue();
  for (let seq = 0; seq < 6; seq++) queue.push({ id: (seq + 1) as ScheduledEventId, at: 5, seq, label: 'x', run: () => undefined });
  queue.cancel(1 as ScheduledEventId);
  queue.cancel(4 as ScheduledEventId);
  assert.equal(queue.size, 4);
  assert.equal(queue.peek()?.id, 2);
  assert.deepEqual(queue.snapshot().map((e) => e.id), [2, 3, 5, 6]);
  const ids: number[] = [];
  for (let e = queue.pop(); e; e = queue.pop()) ids.push(e.id);
  assert.deepEqual(ids, [2, 3, 5, 6]);
  assert.equal(queue.peek(), undefined);
});
