import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject } from '../../api';
import { storeVolumeListers } from '../../storage';
import { envWith, nodeInfoWith, podInfo, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { SchedulerCache } from '../scheduler-cache';
import { volumeBinding } from './volume-binding';

function volumesWith(...objects: KubeObject[]) {
  const store = new ObjectStore();
  const listers = storeVolumeListers(store);
  for (const obj of objects) store.put({ ...obj, metadata: { uid: `uid-${obj.metadata.name}`, creationTimestamp: '', ...obj.metadata } });
  return envWith(new SchedulerCache(), listers);
}
const withClaim = (claimName: string) => testPod('p', { volumes: [{ name: 'd', persistentVolumeClaim: { claimName } }] });
const claim = (name: string, spec: Record<string, unknown>, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', annotations }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
});
const localPv: KubeObject = {
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'v' },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'local', local: { path: '/mnt' }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] }] } } },
  status: { phase: 'Available' },
} as KubeObject;
const local = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local' }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' } as KubeObject;

test('a pod without claims skips the plugin', () => {
  assert.equal(volumeBinding.preFilter(podInfo(testPod('p')), envWith()).kind, 'skip');
});

test('PreFilter rejects a missing claim and an unbound Immediate claim as unresolvable', () => {
  const node = nodeInfoWith(testNode('node-1'));
  assert.deepEqual(runPlugin(volumeBinding, withClaim('c'), node, volumesWith()), { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "c" not found'] });
  assert.deepEqual(runPlugin(volumeBinding, withClaim('c'), node, volumesWith(claim('c', { storageClassName: '' }))), { code: 'UnschedulableAndUnresolvable', reasons: ['pod has unbound immediate PersistentVolumeClaims'] });
});

test('Filter: a bound local volume admits only its node', () => {
  const env = volumesWith(claim('c', { storageClassName: 'local', volumeName: 'v' }, { 'pv.kubernetes.io/bind-completed': 'yes' }), localPv, local);
  assert.deepEqual(runPlugin(volumeBinding, withClaim('c'), nodeInfoWith(testNode('node-1')), env), { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had volume node affinity conflict'] });
  assert.equal(runPlugin(volumeBinding, withClaim('c'), nodeInfoWith(testNode('node-2')), env), undefined);
});

test('Reserve: the node that passed keeps the static binding it found', () => {
  const env = volumesWith(claim('c', { storageClassName: 'local' }), localPv, local);
  const outcome = volumeBinding.preFilter(podInfo(withClaim('c')), env);
  assert.equal(outcome.kind, 'filter');
  if (outcome.kind !== 'filter') return;
  assert.deepEqual(outcome.filter(nodeInfoWith(testNode('node-1')))?.reasons, ["node(s) didn't find available persistent volumes to bind"]);
  assert.equal(outcome.filter(nodeInfoWith(testNode('node-2'))), undefined);
  assert.deepEqual(outcome.reserve?.('node-2')?.staticBindings.map((b) => b.volume.metadata.name), ['v']);
  assert.equal(outcome.reserve?.('node-1'), undefined);
});
