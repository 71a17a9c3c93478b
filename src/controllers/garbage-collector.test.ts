import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ControllerHarness } from '../testing/controller-harness';
import { garbageCollector } from './garbage-collector';

test('orphaning drops the released owner reference, and the list with it when it was the last', () => {
  const harness = new ControllerHarness([garbageCollector]);
  const owner = harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner' } });
  const other = harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other' } });
  const ref = (o: typeof owner) => ({ apiVersion: 'v1', kind: 'ConfigMap', name: o.metadata.name, uid: o.metadata.uid });
  harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'only-child', ownerReferences: [ref(owner)] } });
  harness.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'two-parents', ownerReferences: [ref(owner), ref(other)] } });
  harness.api.delete('ConfigMap', 'default', 'owner', { propagationPolicy: 'Orphan' });
  harness.advance(1_000);
  assert.equal(harness.get('ConfigMap', 'only-child')?.metadata.ownerReferences, undefined);
  assert.deepEqual(harness.get('ConfigMap', 'two-parents')?.metadata.ownerReferences, [ref(other)]);
});
