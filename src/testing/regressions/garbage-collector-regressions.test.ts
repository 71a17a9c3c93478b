/**
 * Shrunk counterexample of the garbage-collector property (src/testing/invariants/garbage-collector.test.ts):
 * an object owned by a live owner and by one that never existed kept the dangling reference, so after the
 * live owner was deleted with `--cascade=orphan` it was left pointing only at absent owners. Kubernetes'
 * attemptToDeleteItem removes dangling references while a solid owner remains.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { garbageCollector } from '../../controllers';
import { ControllerHarness } from '../controller-harness';

test('dangling owner references are removed while a live owner remains, so orphaning leaves a clean object', () => {
  const harness = new ControllerHarness([garbageCollector]);
  const owner = harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-0' } });
  const ghost = { apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: 'ghost-uid' };
  const live = { apiVersion: 'v1', kind: 'ConfigMap', name: 'cm-0', uid: owner.metadata.uid };
  harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-1', ownerReferences: [ghost, live] } });
  assert.deepEqual(harness.get('ConfigMap', 'cm-1')?.metadata.ownerReferences, [live]);
  harness.api.delete('ConfigMap', 'default', 'cm-0', { propagationPolicy: 'Orphan' });
  harness.advance(1_000);
  assert.deepEqual(harness.get('ConfigMap', 'cm-1')?.metadata.ownerReferences ?? [], []);
});
