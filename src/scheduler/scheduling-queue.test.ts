import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ObjectKey } from '../api';
import { VirtualClock } from '../clock';
import { backoffDuration, SchedulingQueue } from './scheduling-queue';

const KEY = 'Pod/default/web' as ObjectKey;
const START = Date.UTC(2025, 0, 1);

function setup() {
  const clock = new VirtualClock(START);
  const activations: number[] = [];
  const queue = new SchedulingQueue(clock, () => activations.push((clock.now() - START) / 1000), START);
  return { clock, queue, activations };
}

test('back-off doubles from 1s and stops at 10s', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(backoffDuration), [1000, 2000, 4000, 8000, 10000, 10000]);
});

test('a new pod is active at once', () => {
  const { queue, activations } = setup();
  queue.add(KEY);
  assert.deepEqual(activations, [0]);
});

test('an unschedulable pod waits for a helpful event, then for the rest of its back-off', () => {
  const { clock, queue, activations } = setup();
  queue.add(KEY);
  queue.failed(KEY, new Set(['NodeResourcesFit']));
  clock.advance(500);
  queue.moveIf((_, rejectors) => rejectors.has('TaintToleration'));
  queue.moveIf((_, rejectors) => rejectors.has('NodeResourcesFit'));
  clock.advance(10_000);
  assert.deepEqual(activations, [0, 1]);
});

test('without any event the pod is flushed at the first 30s tick after 5 minutes', () => {
  const { clock, queue, activations } = setup();
  clock.advance(10_000);
  queue.add(KEY);
  queue.failed(KEY, new Set(['NodeAffinity']));
  clock.advance(400_000);
  // failed at 10s; unschedulable for more than 300s at the 330s tick.
  assert.deepEqual(activations, [10, 330]);
});

test('errors only back off; forgotten pods are never activated', () => {
  const { clock, queue, activations } = setup();
  queue.add(KEY);
  queue.failed(KEY, undefined);
  clock.advance(1_000);
  queue.failed(KEY, undefined);
  queue.forget(KEY);
  clock.advance(60_000);
  assert.deepEqual(activations, [0, 1]);
});
