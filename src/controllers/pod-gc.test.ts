import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, objectKey, type KubeObject } from '../api';
import { createPodGarbageCollector, QUARANTINE_MS } from './pod-gc';

function podOn(node: string, name = 'web'): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: '2025-01-01T00:00:00Z' }, spec: { nodeName: node, containers: [] }, status: { phase: 'Running' } };
}

test('the pods of a missing node are marked Failed and force-deleted after the quarantine', () => {
  const store = new ObjectStore();
  store.put(podOn('gone'));
  const gc = createPodGarbageCollector();
  const key = objectKey('Node', undefined, 'gone');
  const first = gc.reconcile(key, { store, now: 0 });
  assert.deepEqual(first, [{ type: 'requeueAfter', key, ms: QUARANTINE_MS }]);
  const later = gc.reconcile(key, { store, now: QUARANTINE_MS });
  assert.deepEqual(later.map((a) => a.type), ['patchStatus', 'delete']);
  const patched = later[0] as { object: { status: { phase: string; conditions: { type: string; reason: string }[] } } };
  assert.equal(patched.object.status.phase, 'Failed');
  assert.equal(patched.object.status.conditions.at(-1)?.reason, 'DeletionByPodGC');
  assert.equal((later[1] as { gracePeriodSeconds: number }).gracePeriodSeconds, 0);
});

test('a node that comes back ends the quarantine', () => {
  const store = new ObjectStore();
  store.put(podOn('flaky'));
  const gc = createPodGarbageCollector();
  const key = objectKey('Node', undefined, 'flaky');
  gc.reconcile(key, { store, now: 0 });
  store.put({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'flaky' } });
  assert.deepEqual(gc.reconcile(key, { store, now: QUARANTINE_MS }), []);
});
