import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type StoredObject, type WatchEvent } from '../api';
import { pod, storeWith, stored, T0, template } from '../testing/workload-fixtures';
import { managerKeys, podOwnerKeys } from './replica-manager-watches';
import type { ReplicaManagerOptions } from './replica-set';
import { keyList } from './controller';
import { specSelector } from './spec-selector';

const options: ReplicaManagerOptions = { kind: 'ReplicaSet', name: 'replicaset-controller', selectorOf: specSelector };

const key = objectKey('ReplicaSet', 'default', 'web');

function rs(replicas: number, status: Record<string, unknown> | undefined): StoredObject {
  return stored({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web', generation: 1 }, spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }, status });
}

function modified(old: StoredObject, object: StoredObject): WatchEvent {
  return { type: 'MODIFIED', object, oldObject: old };
}

test("a settled ReplicaSet is not synced for a pod update that changes nothing it counts, nor for its own status write", () => {
  const owner = rs(1, { replicas: 1, observedGeneration: 1 });
  const store = storeWith(owner);
  const starting = pod('web-1', { owner, labels: { app: 'web' } });
  const running = stored({ ...starting, status: { ...(starting.status as object), phase: 'Running' } });
  const ready = pod('web-1', { owner, labels: { app: 'web' }, readySince: T0 });
  assert.deepEqual(keyList(podOwnerKeys(modified(starting, running), store, options)), []);
  assert.deepEqual(keyList(podOwnerKeys(modified(running, ready), store, options)), [key], 'it became Ready');
  const written = stored({ ...owner, status: { replicas: 1, readyReplicas: 1, observedGeneration: 1 } });
  assert.deepEqual(keyList(managerKeys(modified(owner, written), 'ReplicaSet')), []);
  assert.deepEqual(keyList(managerKeys(modified(owner, stored({ ...owner, spec: { ...(owner.spec as object), replicas: 2 } })), 'ReplicaSet')), [key], 'a spec change');
});

test('a ReplicaSet still short of replicas (creates pending or failed) sees every pod update, as Kubernetes enqueues it', () => {
  const owner = rs(3, { replicas: 1, observedGeneration: 1 });
  const store = storeWith(owner);
  const starting = pod('web-1', { owner, labels: { app: 'web' } });
  const running = stored({ ...starting, status: { ...(starting.status as object), phase: 'Running' } });
  assert.deepEqual(keyList(podOwnerKeys(modified(starting, running), store, options)), [key]);
  assert.deepEqual(keyList(managerKeys(modified(owner, stored({ ...owner, status: { replicas: 2, observedGeneration: 1 } })), 'ReplicaSet')), [key]);
});
