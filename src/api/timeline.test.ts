import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Timeline, type TimelineDetail } from './timeline';

test('entries render text and data from their detail when read, and share interned object names', () => {
  let now = 1_000;
  const timeline = new Timeline(() => now);
  const detail: TimelineDetail = { text: 'phase=Running', data: { phase: 'Running' } };
  timeline.record('note', `Pod ${'default'}/web`, 'container web exited with code 1');
  now = 2_000;
  timeline.recordDetail('MODIFIED', `Pod ${'default'}/web`, detail);
  timeline.record('Event', 'Pod default/web', 'Normal Started: Started container web', { reason: 'Started' });
  const [note, write, event] = timeline.all();
  assert.deepEqual([note?.at, note?.seq, note?.type, note?.object, note?.text, note?.data], [1_000, 0, 'note', 'Pod default/web', 'container web exited with code 1', undefined]);
  assert.deepEqual([write?.at, write?.seq, write?.text, write?.data], [2_000, 1, 'phase=Running', { phase: 'Running' }]);
  assert.deepEqual([event?.text, event?.data], ['Normal Started: Started container web', { reason: 'Started' }]);
  assert.equal(write?.data, detail.data, 'the detail is shared, not copied');
});

test('the oldest tenth is dropped when the limit is reached; sequence numbers go on', () => {
  const timeline = new Timeline(() => 0, 20);
  for (let i = 0; i < 25; i++) timeline.record('note', 'x', String(i));
  assert.equal(timeline.all().length, 19);
  assert.deepEqual(timeline.tail(2).map((e) => [e.seq, e.text]), [[23, '23'], [24, '24']]);
});
