import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster';
import { WaitTimeoutError } from './wait-timeout-error';
import type { KubeObject, StoredObject } from '../api';

function configMap(name: string, owner?: StoredObject): KubeObject {
  const ownerReferences = owner ? [{ apiVersion: 'v1', kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, blockOwnerDeletion: true }] : undefined;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', ownerReferences } };
}

test('a default cluster has kind-style nodes, namespaces, ServiceAccounts and the standard class', () => {
  const cluster = new Cluster({ nodes: 2 });
  assert.deepEqual(cluster.list('Node').map((n) => n.metadata.name), ['node-1', 'node-2']);
  assert.deepEqual(cluster.list('Namespace').map((n) => n.metadata.name), ['default', 'kube-node-lease', 'kube-public', 'kube-system']);
  assert.ok(cluster.get('ServiceAccount', 'kube-system', 'default'));
  assert.ok(cluster.get('StorageClass', undefined, 'standard'));
  assert.equal(cluster.clock.nowISO(), '2025-01-01T00:00:00Z');
});

test('options are validated at construction with the field path', () => {
  assert.throws(() => new Cluster({ nodes: -1 }), /nodes/);
});

test('background deletion: the garbage collector deletes dependents once the owner is gone', () => {
  const cluster = new Cluster({ nodes: 0 });
  const owner = cluster.create(configMap('owner'));
  cluster.create(configMap('child', owner));
  cluster.api.delete('ConfigMap', 'default', 'owner', { propagationPolicy: 'Background' });
  cluster.settle();
  assert.equal(cluster.get('ConfigMap', 'default', 'child'), undefined);
});

test('orphan deletion strips the owner reference and keeps the dependent', () => {
  const cluster = new Cluster({ nodes: 0 });
  const owner = cluster.create(configMap('owner'));
  cluster.create(configMap('child', owner));
  cluster.api.delete('ConfigMap', 'default', 'owner', { propagationPolicy: 'Orphan' });
  cluster.settle();
  assert.equal(cluster.get('ConfigMap', 'default', 'owner'), undefined);
  assert.deepEqual(cluster.get('ConfigMap', 'default', 'child')?.metadata.ownerReferences ?? [], []);
});

test('foreground deletion keeps the owner until its blocking dependents are gone', () => {
  const cluster = new Cluster({ nodes: 0 });
  const owner = cluster.create(configMap('owner'));
  const child = cluster.create(configMap('child', owner));
  cluster.api.addFinalizer(child, 'example.com/hold');
  cluster.api.delete('ConfigMap', 'default', 'owner', { propagationPolicy: 'Foreground' });
  cluster.settle();
  assert.ok(cluster.get('ConfigMap', 'default', 'owner')?.metadata.deletionTimestamp, 'owner waits, marked for deletion');
  assert.ok(cluster.get('ConfigMap', 'default', 'child')?.metadata.deletionTimestamp, 'child is being deleted');
  cluster.api.removeFinalizer(cluster.get('ConfigMap', 'default', 'child')!, 'example.com/hold');
  cluster.settle();
  assert.equal(cluster.get('ConfigMap', 'default', 'child'), undefined);
  assert.equal(cluster.get('ConfigMap', 'default', 'owner'), undefined);
});

test('a dependent whose owner never existed is collected', () => {
  const cluster = new Cluster({ nodes: 0 });
  cluster.create({ ...configMap('stray'), metadata: { name: 'stray', namespace: 'default', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: 'nope' }] } });
  assert.equal(cluster.get('ConfigMap', 'default', 'stray'), undefined);
});

test('deleting a namespace deletes its contents, then the namespace', () => {
  const cluster = new Cluster({ nodes: 0 });
  cluster.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
  cluster.create({ ...configMap('settings'), metadata: { name: 'settings', namespace: 'shop' } });
  cluster.api.delete('Namespace', undefined, 'shop');
  cluster.settle();
  assert.equal(cluster.get('ConfigMap', 'shop', 'settings'), undefined);
  assert.equal(cluster.get('Namespace', undefined, 'shop'), undefined);
});

test('a finalizer holds an object until it is removed', () => {
  const cluster = new Cluster({ nodes: 0 });
  const cm = cluster.create({ ...configMap('held'), metadata: { name: 'held', namespace: 'default', finalizers: ['example.com/keep'] } });
  cluster.api.delete('ConfigMap', 'default', 'held');
  assert.ok(cluster.get('ConfigMap', 'default', 'held')?.metadata.deletionTimestamp);
  cluster.api.removeFinalizer(cm, 'example.com/keep');
  assert.equal(cluster.get('ConfigMap', 'default', 'held'), undefined);
});

test('waitUntil jumps from event to event and fails with the timeline when the deadline passes', () => {
  const cluster = new Cluster({ nodes: 0 });
  let flag = false;
  cluster.clock.schedule(90_000, 'flip', () => (flag = true));
  cluster.waitUntil(() => flag, 120_000, 'the flag');
  assert.equal(cluster.clock.now() - cluster.options.startTime, 90_000);
  assert.throws(() => cluster.waitUntil(() => false, 5_000, 'never'), (e: unknown) => e instanceof WaitTimeoutError && /timed out after 5s of virtual time waiting for never/.test(e.message));
});

test('the same seed gives the same uids and names', () => {
  const uid = (seed: number) => new Cluster({ nodes: 1, seed }).get('Node', undefined, 'node-1')!.metadata.uid;
  assert.equal(uid(5), uid(5));
  assert.notEqual(uid(5), uid(6));
});
