import assert from 'node:assert/strict';
import { test } from 'node:test';
import { podColumns } from './pod-status';

const now = Date.parse('2025-01-01T00:10:00Z');
const pod = (status: object, extra: object = {}) => ({ metadata: { name: 'p', ...extra }, spec: { containers: [{ name: 'c' }] }, status });

test('a terminated container without a reason shows its signal or exit code', () => {
  const s = podColumns(pod({ phase: 'Running', containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 2 } } }] }), now);
  assert.equal(s.status, 'ExitCode:2');
  const t = podColumns(pod({ phase: 'Running', containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 137, signal: 9 } } }] }), now);
  assert.equal(t.status, 'Signal:9');
});

test('a failed init container shows Init:<reason>', () => {
  const p = { spec: { initContainers: [{ name: 'i' }], containers: [{ name: 'c' }] }, status: { phase: 'Pending', initContainerStatuses: [{ name: 'i', state: { terminated: { exitCode: 1, reason: 'Error' } } }] } };
  assert.deepEqual(podColumns(p, now), { ready: '0/1', status: 'Init:Error', restarts: '0' });
});

test('SchedulingGated wins over the phase', () => {
  const s = podColumns(pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), now);
  assert.equal(s.status, 'SchedulingGated');
});

test('a deleted pod on a lost node is Unknown; a deleted failed pod keeps its reason', () => {
  const lost = pod({ phase: 'Running', reason: 'NodeLost' }, { deletionTimestamp: '2025-01-01T00:09:00Z' });
  assert.equal(podColumns(lost, now).status, 'Unknown');
  const failed = pod({ phase: 'Failed', containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 1, reason: 'Error' } } }] }, { deletionTimestamp: '2025-01-01T00:09:00Z' });
  assert.equal(podColumns(failed, now).status, 'Error');
});

test('restarts without a last termination time print no age', () => {
  const s = podColumns(pod({ phase: 'Running', containerStatuses: [{ name: 'c', ready: true, restartCount: 2, state: { running: {} } }] }), now);
  assert.deepEqual(s, { ready: '1/1', status: 'Running', restarts: '2' });
});
