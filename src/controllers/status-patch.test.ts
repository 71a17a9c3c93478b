import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer } from '../api';
import { SeededRandom, VirtualClock } from '../clock';
import { T0 } from '../testing/workload-fixtures';
import { statusPatch } from './status-patch';

test('a status patch replaces only the status of the current version, whatever was written since the sync read it', () => {
  const api = new ApiServer(new VirtualClock(T0), new SeededRandom(1));
  const read = api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default', labels: { a: '1' } }, data: { k: 'v' } });
  const current = api.update({ ...read, metadata: { ...read.metadata, labels: { a: '2' } } });
  const patch = statusPatch(read, { phase: 'Done' });
  assert.deepEqual(patch, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' }, status: { phase: 'Done' } });
  const written = api.updateStatus(patch);
  assert.deepEqual(written.metadata.labels, { a: '2' });
  assert.deepEqual(written.data, current.data);
  assert.deepEqual(written.status, { phase: 'Done' });
  assert.equal(Number(written.metadata.resourceVersion), Number(current.metadata.resourceVersion) + 1);
});
