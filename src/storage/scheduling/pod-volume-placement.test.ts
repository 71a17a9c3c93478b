import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { ERR_BIND_CONFLICT, ERR_NODE_CONFLICT, ERR_RWOP_CONFLICT, ERR_UNBOUND_IMMEDIATE, nodeVolumeConflict, podVolumeRejection } from './pod-volume-placement';

function storeWith(...objects: KubeObject[]): ObjectStore {
  const store = new ObjectStore();
  for (const obj of objects) store.put({ ...obj, metadata: { uid: `uid-${obj.metadata.name}`, creationTimestamp: '', ...obj.metadata } });
  return store;
}
const pod = (name: string, claim: string, nodeName?: string): StoredObject<Pod> =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '' }, spec: { nodeName, containers: [], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: claim } }] } }) as StoredObject<Pod>;
const claim = (name: string, extra: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra } });
const wffc: KubeObject = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local' }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' } as KubeObject;
const localPv = (name: string, node: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'local', local: { path: '/mnt' }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } }, ...extra },
  status: { phase: 'Available' },
});
const node = (name: string) => ({ name, labels: { 'kubernetes.io/hostname': name } });

test('PreFilter: missing claims, unbound immediate claims and ReadWriteOncePod conflicts', () => {
  assert.equal(podVolumeRejection(pod('p', 'nope'), storeWith()), 'persistentvolumeclaim "nope" not found');
  assert.equal(podVolumeRejection(pod('p', 'c'), storeWith(claim('c', { storageClassName: '' }))), ERR_UNBOUND_IMMEDIATE);
  const rwop = storeWith(claim('c', { accessModes: ['ReadWriteOncePod'], volumeName: 'v' }), pod('other', 'c', 'node-1'));
  assert.equal(podVolumeRejection(pod('p', 'c'), rwop), ERR_RWOP_CONFLICT);
});

test('Filter: a bound local volume pins the pod to its node; an unbound local claim needs a fitting volume', () => {
  const bound = storeWith(claim('c', { volumeName: 'v', storageClassName: 'local' }), localPv('v', 'node-2'), wffc);
  assert.equal(nodeVolumeConflict(pod('p', 'c'), node('node-1'), bound), ERR_NODE_CONFLICT);
  assert.equal(nodeVolumeConflict(pod('p', 'c'), node('node-2'), bound), undefined);
  const unbound = storeWith(claim('c', { storageClassName: 'local' }), localPv('v', 'node-2'), wffc);
  assert.equal(nodeVolumeConflict(pod('p', 'c'), node('node-1'), unbound), ERR_BIND_CONFLICT);
  assert.equal(nodeVolumeConflict(pod('p', 'c'), node('node-2'), unbound), undefined);
});
