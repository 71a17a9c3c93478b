import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type StoredObject } from '../api';
import { pod, storeWith, stored, T0, template } from '../testing/workload-fixtures';
import type { Action } from './controller';
import { replicaSetController } from './replica-set';
import { slowStartBatch } from './slow-start-batch';

function rs(replicas: number, extra: Record<string, unknown> = {}): StoredObject {
  return stored({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', generation: 1 },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }), ...extra },
  });
}

const key = objectKey('ReplicaSet', 'default', 'web');
const ofType = <T extends Action['type']>(actions: readonly Action[], type: T) => actions.filter((a): a is Extract<Action, { type: T }> => a.type === type);

test('creates the missing pods from the template with generateName, a controller reference and slow-start batches', () => {
  const owner = rs(3);
  const actions = replicaSetController.reconcile(key, { store: storeWith(owner), now: T0 });
  const creates = ofType(actions, 'create');
  assert.equal(creates.length, 3);
  assert.deepEqual(creates.map((c) => c.batch), [0, 1, 1]);
  const created = creates[0]!.object;
  assert.equal(created.metadata.generateName, 'web-');
  assert.deepEqual(created.metadata.labels, { app: 'web' });
  assert.equal(created.metadata.ownerReferences?.[0]?.uid, owner.metadata.uid);
  assert.equal(created.metadata.ownerReferences?.[0]?.controller, true);
  assert.deepEqual(creates[0]!.successEvent, { reason: 'SuccessfulCreate', messagePrefix: 'Created pod: ' });
});

test('slow-start batches double: 1, 2, 4, 8', () => {
  assert.deepEqual(Array.from({ length: 8 }, (_, i) => slowStartBatch(i)), [0, 1, 1, 2, 2, 2, 2, 3]);
});

test('adopts a matching orphan and releases an owned pod whose labels stopped matching', () => {
  const owner = rs(2);
  const orphan = pod('orphan', { labels: { app: 'web' } });
  const strayed = pod('strayed', { labels: { app: 'other' }, owner });
  const actions = replicaSetController.reconcile(key, { store: storeWith(owner, orphan, strayed), now: T0 });
  const updates = ofType(actions, 'update');
  assert.deepEqual(updates.map((u) => u.object.metadata.name), ['orphan', 'strayed']);
  assert.equal(updates[0]!.object.metadata.ownerReferences?.[0]?.uid, owner.metadata.uid);
  assert.equal(updates[1]!.object.metadata.ownerReferences, undefined);
  assert.equal(ofType(actions, 'create').length, 1, 'the adopted orphan counts toward replicas');
});

test('scale-down deletes the not-ready pod before the ready ones, then the newest ready', () => {
  const owner = rs(1);
  const old = pod('old', { labels: { app: 'web' }, owner, node: 'node-1', readySince: T0 - 600_000, createdAt: T0 - 700_000 });
  const young = pod('young', { labels: { app: 'web' }, owner, node: 'node-1', readySince: T0 - 5_000, createdAt: T0 - 10_000 });
  const pending = pod('pending', { labels: { app: 'web' }, owner, node: 'node-1' });
  const actions = replicaSetController.reconcile(key, { store: storeWith(owner, old, young, pending), now: T0 });
  const deletes = ofType(actions, 'delete');
  assert.deepEqual(deletes.map((d) => d.object.metadata.name), ['pending', 'young']);
  assert.deepEqual(deletes[0]!.successEvent, { reason: 'SuccessfulDelete', messagePrefix: 'Deleted pod: ' });
});

test('status counts replicas, ready and available pods and records the observed generation', () => {
  const owner = rs(2, { minReadySeconds: 10 });
  const a = pod('a', { labels: { app: 'web' }, owner, readySince: T0 - 20_000 });
  const b = pod('b', { labels: { app: 'web' }, owner, readySince: T0 - 4_000 });
  const actions = replicaSetController.reconcile(key, { store: storeWith(owner, a, b), now: T0 });
  const [patch] = ofType(actions, 'patchStatus');
  assert.deepEqual(patch!.object.status, { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 1, observedGeneration: 1 });
  assert.deepEqual(ofType(actions, 'requeueAfter').map((r) => r.ms), [6_000], 'requeued for the moment b becomes available');
});

test('terminating and finished pods do not count', () => {
  const owner = rs(1);
  const done = pod('done', { labels: { app: 'web' }, owner, phase: 'Succeeded' });
  const actions = replicaSetController.reconcile(key, { store: storeWith(owner, done), now: T0 });
  assert.equal(ofType(actions, 'create').length, 1);
});
