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

test('recordInterned stores the label intern gave, as recordDetail would, and Events that follow share it', () => {
  let now = 5;
  const timeline = new Timeline(() => now);
  const listened: string[] = [];
  timeline.onEntry((e) => listened.push(`${e.seq} ${e.type} ${e.object}`));
  const label = timeline.intern(['Pod', ' ', 'default', '/', 'web'].join(''));
  assert.equal(timeline.intern(`Pod ${'default'}/web`), label, 'one instance per name');
  const detail: TimelineDetail = { text: 'phase=Pending' };
  timeline.recordInterned('ADDED', label, detail);
  now = 6;
  timeline.recordDetail('Event', `Pod ${'default'}/web`, 'Normal Scheduled: assigned');
  const [write, event] = timeline.all();
  assert.deepEqual([write?.at, write?.seq, write?.type, write?.object, write?.text], [5, 0, 'ADDED', 'Pod default/web', 'phase=Pending']);
  assert.deepEqual([event?.at, event?.seq, event?.object, event?.text], [6, 1, 'Pod default/web', 'Normal Scheduled: assigned']);
  assert.deepEqual(listened, ['0 ADDED Pod default/web', '1 Event Pod default/web']);
});

test('recordInterned respects the limit like recordDetail', () => {
  const timeline = new Timeline(() => 0, 20);
  const label = timeline.intern('Node n');
  for (let i = 0; i < 25; i++) timeline.recordInterned('MODIFIED', label, { text: String(i) });
  assert.equal(timeline.all().length, 19);
  assert.deepEqual(timeline.tail(1).map((e) => [e.seq, e.object, e.text]), [[24, 'Node n', '24']]);
});
