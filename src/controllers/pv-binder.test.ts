import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject, StoredObject } from '../api';
import { storageObjectInUseProtection } from '../storage';
import { ControllerHarness } from '../testing/controller-harness';
import { createPvBinderController } from './pv-binder';
import { installPvResync } from './pv-binder/resync';
import { pvcProtectionController } from './pvc-protection';
import { pvProtectionController } from './pv-protection';

function harness(): ControllerHarness {
  const binder = createPvBinderController();
  const h = new ControllerHarness([binder, pvcProtectionController, pvProtectionController]);
  h.api.registerAdmission(storageObjectInUseProtection);
  installPvResync(binder, h.runner, h.clock, h.api.store);
  return h;
}

const pv = (name: string, policy: string, source: Record<string, unknown> = { hostPath: { path: '/mnt/data' } }, storage = '1Gi'): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: policy, storageClassName: '', ...source },
});
const pvc = (name: string, storage = '1Gi'): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } }, storageClassName: '' },
});
const phase = (obj: StoredObject | undefined): string | undefined => (obj?.status as { phase?: string } | undefined)?.phase;
const volume = (h: ControllerHarness, name: string): StoredObject | undefined => h.api.store.get('PersistentVolume', undefined, name);

function bound(h: ControllerHarness, policy: string, source?: Record<string, unknown>): void {
  h.create(pv('task-pv', policy, source));
  h.create(pvc('task-pvc'));
  assert.equal(phase(h.get('PersistentVolumeClaim', 'task-pvc')), 'Bound');
  h.api.delete('PersistentVolumeClaim', 'default', 'task-pvc');
  h.runner.settle();
}

test('binding fills both sides; the claim shows the volume capacity', () => {
  const h = harness();
  h.create(pv('big', 'Retain', undefined, '5Gi'));
  h.create(pvc('small'));
  const claim = h.get('PersistentVolumeClaim', 'small')!;
  assert.equal((claim.spec as { volumeName?: string }).volumeName, 'big');
  assert.deepEqual(claim.status, { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '5Gi' } });
  assert.deepEqual(claim.metadata.annotations, { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
  assert.equal(volume(h, 'big')!.metadata.annotations?.['pv.kubernetes.io/bound-by-controller'], 'yes');
});

test('a claim created before its volume reports FailedBinding and binds at the next 15s resync', () => {
  const h = harness();
  h.create(pvc('early'));
  assert.deepEqual(h.events(), ['FailedBinding: no persistent volumes available for this claim and no storage class is set']);
  h.create(pv('late', 'Retain'));
  assert.equal(phase(h.get('PersistentVolumeClaim', 'early')), 'Pending');
  h.advance(15_000);
  assert.equal(phase(h.get('PersistentVolumeClaim', 'early')), 'Bound');
});

test('Retain: the volume is Released, keeps its claimRef, and is Available again only once claimRef is cleared', () => {
  const h = harness();
  bound(h, 'Retain');
  const released = volume(h, 'task-pv')!;
  assert.equal(phase(released), 'Released');
  assert.equal((released.spec as { claimRef?: { name?: string } }).claimRef?.name, 'task-pvc');
  h.create(pvc('task-pvc'));
  h.advance(30_000);
  assert.equal(phase(h.get('PersistentVolumeClaim', 'task-pvc')), 'Pending');
  h.api.update({ ...volume(h, 'task-pv')!, spec: { ...(released.spec as object), claimRef: undefined } });
  h.runner.settle();
  assert.equal(phase(volume(h, 'task-pv')), 'Available');
});

test('Recycle scrubs a hostPath volume with a recycler pod and makes it Available', () => {
  const h = harness();
  h.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } });
  bound(h, 'Recycle');
  assert.equal(phase(volume(h, 'task-pv')), 'Released');
  h.advance(5_000);
  const recycled = volume(h, 'task-pv')!;
  assert.equal(phase(recycled), 'Available');
  assert.equal((recycled.spec as { claimRef?: unknown }).claimRef, undefined);
  assert.deepEqual(h.events().filter((e) => e.startsWith('RecyclerPod') || e.startsWith('VolumeRecycled')).slice(0, 1), ['RecyclerPod: Recycler pod: Successfully assigned default/recycler-for-task-pv to node-1']);
  assert.ok(h.events().includes('VolumeRecycled: Volume recycled'));
});

test('Recycle on a volume type without a recycler fails it', () => {
  const h = harness();
  bound(h, 'Recycle', { csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-1' } });
  assert.equal(phase(volume(h, 'task-pv')), 'Failed');
  assert.equal((volume(h, 'task-pv')!.status as { message?: string }).message, 'No recycler plugin found for the volume!');
  assert.ok(h.events().includes('VolumeFailedRecycle: No recycler plugin found for the volume!'));
});

test('Delete: static volumes without a deleter fail; hostPath outside /tmp is refused; under /tmp it is deleted', () => {
  const nfs = harness();
  bound(nfs, 'Delete', { nfs: { server: 'nfs.example.com', path: '/exports' } });
  assert.equal((volume(nfs, 'task-pv')!.status as { message?: string }).message, 'error getting deleter volume plugin for volume "task-pv": no deletable volume plugin matched');
  const host = harness();
  bound(host, 'Delete');
  assert.ok(host.events().includes('VolumeFailedDelete: host_path deleter only supports /tmp/.+ but received provided /mnt/data'));
  const tmp = harness();
  bound(tmp, 'Delete', { hostPath: { path: '/tmp/data' } });
  assert.equal(volume(tmp, 'task-pv'), undefined);
});

test('a claim used by a scheduled pod stays Terminating until the pod is gone; a bound volume likewise', () => {
  const h = harness();
  h.create(pv('task-pv', 'Retain'));
  h.create(pvc('task-pvc'));
  h.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'task-pvc' } }] } });
  h.api.delete('PersistentVolume', undefined, 'task-pv');
  h.api.delete('PersistentVolumeClaim', 'default', 'task-pvc');
  h.runner.settle();
  assert.ok(h.get('PersistentVolumeClaim', 'task-pvc')?.metadata.deletionTimestamp);
  assert.ok(volume(h, 'task-pv')?.metadata.deletionTimestamp);
  h.api.delete('Pod', 'default', 'web', { gracePeriodSeconds: 0 });
  h.runner.settle();
  assert.equal(h.get('PersistentVolumeClaim', 'task-pvc'), undefined);
  assert.equal(volume(h, 'task-pv'), undefined);
});
