import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PersistentVolumeClaim } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const claim = (storage: string, extra = ''): PersistentVolumeClaim =>
  manifest<PersistentVolumeClaim>(
    `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: task-pv-claim, namespace: default}\nspec:\n  storageClassName: manual\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: ${storage}}}\n${extra}`,
  );
const bound = (storage: string): PersistentVolumeClaim => ({
  ...claim(storage, '  volumeName: task-pv-volume'),
  status: { phase: 'Bound', capacity: { storage: '3Gi' } },
});

test('the task-pv-claim from the docs is valid', () => {
  assert.deepEqual(validateCreate(claim('3Gi')), []);
});

test('storage is required and positive; access modes are required and known', () => {
  const noStorage = claim('1Gi');
  noStorage.spec!.resources = {};
  noStorage.spec!.accessModes = [];
  assert.deepEqual(rendered(validateCreate(noStorage)), ['spec.accessModes: Required value: at least 1 access mode is required', 'spec.resources[storage]: Required value']);
  const zero = claim('0');
  zero.spec!.accessModes = ['ReadWriteSometimes'];
  assert.deepEqual(rendered(validateCreate(zero)), [
    'spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
    'spec.resources[storage]: Invalid value: "0": must be greater than zero',
  ]);
});

test('a bound claim may grow, but not shrink to or below its capacity (RecoverVolumeExpansionFailure, on in v1.32)', () => {
  assert.deepEqual(validateUpdate(bound('5Gi'), bound('3Gi')), []);
  assert.deepEqual(rendered(validateUpdate(bound('1Gi'), bound('3Gi'))), ['spec.resources.requests.storage: Forbidden: field can not be less than status.capacity']);
  // Back from a failed expansion to 4Gi, still above the 3Gi actually provisioned: allowed.
  assert.deepEqual(validateUpdate(bound('4Gi'), bound('5Gi')), []);
});

test('other spec changes are forbidden', () => {
  const changed = claim('3Gi');
  changed.spec!.storageClassName = 'fast';
  const [error] = rendered(validateUpdate(changed, claim('3Gi')));
  assert.ok(error?.startsWith('spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n  core.PersistentVolumeClaimSpec{'), error);
  const withVolume = claim('3Gi', '  volumeName: pv-1');
  assert.deepEqual(validateUpdate(withVolume, claim('3Gi')), []);
});

test('PersistentVolume: capacity, access modes and one source', () => {
  const pv = manifest(`apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: task-pv-volume}\nspec:\n  storageClassName: manual\n  capacity: {storage: 10Gi}\n  accessModes: [ReadWriteOnce]\n  hostPath: {path: /mnt/data}`);
  assert.deepEqual(validateCreate(pv), []);
  const bare = manifest(`apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: bare}\nspec:\n  persistentVolumeReclaimPolicy: Recycle\n  hostPath: {path: /}\n  accessModes: [ReadWriteOnce]`);
  assert.deepEqual(rendered(validateCreate(bare)), [
    'spec.capacity: Required value',
    'spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"',
    "spec.persistentVolumeReclaimPolicy: Forbidden: may not be 'recycle' for a hostPath mount of '/'",
  ]);
});

test('StorageClass: provisioner, parameters and reclaimPolicy are frozen', () => {
  const sc = manifest(`apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: standard}\nprovisioner: rancher.io/local-path\nreclaimPolicy: Delete\nvolumeBindingMode: WaitForFirstConsumer`);
  assert.deepEqual(validateCreate(sc), []);
  const changed = { ...structuredClone(sc), provisioner: 'example.com/other', reclaimPolicy: 'Retain', parameters: { type: 'ssd' } };
  assert.deepEqual(rendered(validateUpdate(changed, sc)), [
    'parameters: Forbidden: updates to parameters are forbidden.',
    'provisioner: Forbidden: updates to provisioner are forbidden.',
    'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.',
  ]);
});
