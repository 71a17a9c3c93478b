import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VirtualClock, DEFAULT_EPOCH_MS, toRFC3339 } from './virtual-clock';

test('starts at 2025-01-01T00:00:00Z', () => {
  assert.equal(new VirtualClock().nowISO(), '2025-01-01T00:00:00Z');
});

test('runs due events in time order and breaks ties by scheduling order', () => {
  const clock = new VirtualClock();
  const order: string[] = [];
  clock.schedule(2000, 'b', () => order.push('b@2s'));
  clock.schedule(1000, 'a1', () => order.push('a1@1s'));
  clock.schedule(1000, 'a2', () => order.push('a2@1s'));
  clock.schedule(5000, 'late', () => order.push('late'));
  clock.advance(2000);
  assert.deepEqual(order, ['a1@1s', 'a2@1s', 'b@2s']);
  assert.equal(clock.now(), DEFAULT_EPOCH_MS + 2000);
});

test('an event sees the clock at its own instant and may schedule more events', () => {
  const clock = new VirtualClock();
  const seen: number[] = [];
  clock.schedule(1000, 'first', () => {
    seen.push(clock.now() - DEFAULT_EPOCH_MS);
    clock.schedule(500, 'second', () => seen.push(clock.now() - DEFAULT_EPOCH_MS));
  });
  clock.advance(10_000);
  assert.deepEqual(seen, [1000, 1500]);
});

test('cancelled events never run', () => {
  const clock = new VirtualClock();
  let ran = false;
  const id = clock.schedule(10, 'x', () => (ran = true));
  clock.cancel(id);
  clock.advance(100);
  assert.equal(ran, false);
  assert.equal(clock.nextAt(), undefined);
});

test('cost grows with events, not with virtual time: a year with one event is one step', () => {
  const clock = new VirtualClock();
  clock.schedule(200 * 86_400_000, 'far', () => undefined);
  clock.advance(365 * 86_400_000);
  assert.equal(clock.eventsRun, 1);
});

test('toRFC3339 drops milliseconds like metav1.Time', () => {
  assert.equal(toRFC3339(Date.UTC(2025, 0, 1, 0, 0, 5, 999)), '2025-01-01T00:00:05Z');
});
