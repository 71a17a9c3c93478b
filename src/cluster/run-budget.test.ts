import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RunBudget, RunawayError } from './run-budget';

/** The counting the budget did before it kept labels: a Map per window of 10,000 events, swapped on every 10,000th. */
function reference(labels: readonly string[], n = 5): [string, number][] {
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  labels.forEach((label, i) => {
    if ((i + 1) % 10_000 === 0) [previous, current] = [current, new Map()];
    current.set(label, (current.get(label) ?? 0) + 1);
  });
  const merged = new Map(previous);
  for (const [label, count] of current) merged.set(label, (merged.get(label) ?? 0) + count);
  return [...merged.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

test('busiest counts the current and the previous window, as the per-window counts did, across window ends', () => {
  const budget = new RunBudget({ maxEvents: 1_000_000, maxEventsPerInstant: 1_000_000 });
  const labels: string[] = [];
  for (let i = 0; i < 45_000; i++) {
    // Label mixes that change between windows, so a wrong window boundary changes the ranking.
    const label = i < 9_999 ? `early ${i % 3}` : i < 25_000 ? `middle ${i % 7}` : `late ${(i * 7) % 11}`;
    labels.push(label);
    budget.afterEvent({ at: i, label });
    if ([1, 9_998, 9_999, 10_000, 19_999, 20_000, 29_999, 30_001, 44_999].includes(i)) assert.deepEqual(budget.busiest(), reference(labels), `after ${i + 1} events`);
  }
  assert.equal(budget.eventsRun, 45_000);
  assert.deepEqual(budget.busiest(20), reference(labels, 20));
});

test('a stuck instant fails naming the busiest labels', () => {
  const budget = new RunBudget({ maxEvents: 1_000, maxEventsPerInstant: 3 });
  budget.afterEvent({ at: 5, label: 'requeue a' });
  budget.afterEvent({ at: 5, label: 'requeue b' });
  budget.afterEvent({ at: 5, label: 'requeue a' });
  assert.throws(
    () => budget.afterEvent({ at: 5, label: 'requeue a' }),
    (error: unknown) => error instanceof RunawayError && error.message.endsWith('for 3 events (a loop that reschedules itself without delay?); the busiest events were:\n  requeue a (3x)\n  requeue b (1x)'),
  );
});
