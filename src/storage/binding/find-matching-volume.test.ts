import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/schemas';
import { checkVolumeSatisfyClaim, findBestMatchForClaim } from './find-matching-volume';

function volume(name: string, storage: string, modes: string[], extra: Partial<NonNullable<PersistentVolume['spec']>> = {}, phase = 'Available', labels?: Record<string, string>): StoredObject<PersistentVolume> {
  return {
    apiVersion: 'v1', kind: 'PersistentVolume',
    metadata: { name, uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '2025-01-01T00:00:00Z', labels },
    spec: { capacity: { storage }, accessModes: modes, hostPath: { path: `/mnt/${name}` }, volumeMode: 'Filesystem', ...extra },
    status: { phase },
  } as StoredObject<PersistentVolume>;
}

function claim(storage: string, modes: string[], extra: Partial<NonNullable<PersistentVolumeClaim['spec']>> = {}): StoredObject<PersistentVolumeClaim> {
  return {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: 'default', uid: 'uid-claim', resourceVersion: '1', creationTimestamp: '2025-01-01T00:00:00Z' },
    spec: { accessModes: modes, resources: { requests: { storage } }, volumeMode: 'Filesystem', ...extra },
  } as StoredObject<PersistentVolumeClaim>;
}

const immediate = { delayBinding: false };

test('the smallest big-enough volume in the access-mode group with the fewest modes wins', () => {
  const volumes = [volume('a', '5Gi', ['ReadWriteOnce']), volume('b', '2Gi', ['ReadWriteOnce', 'ReadOnlyMany']), volume('c', '3Gi', ['ReadWriteOnce']), volume('d', '512Mi', ['ReadWriteOnce'])];
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), volumes, immediate)?.metadata.name, 'c');
  assert.equal(findBestMatchForClaim(claim('4Gi', ['ReadWriteOnce']), volumes, immediate)?.metadata.name, 'a');
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadOnlyMany']), volumes, immediate)?.metadata.name, 'b');
  assert.equal(findBestMatchForClaim(claim('6Gi', ['ReadWriteOnce']), volumes, immediate), undefined);
});

test('class "" only matches volumes without a class, and a named class only its own volumes', () => {
  const volumes = [volume('fast', '1Gi', ['ReadWriteOnce'], { storageClassName: 'fast' }), volume('plain', '1Gi', ['ReadWriteOnce'])];
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce'], { storageClassName: '' }), volumes, immediate)?.metadata.name, 'plain');
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce'], { storageClassName: 'fast' }), volumes, immediate)?.metadata.name, 'fast');
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), volumes, immediate)?.metadata.name, 'plain');
});

test('selector, volumeMode and phase filter candidates', () => {
  const volumes = [volume('ssd', '1Gi', ['ReadWriteOnce'], {}, 'Available', { disk: 'ssd' }), volume('hdd', '1Gi', ['ReadWriteOnce'], {}, 'Available', { disk: 'hdd' }), volume('used', '1Gi', ['ReadWriteOnce'], {}, 'Released', { disk: 'ssd' })];
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce'], { selector: { matchLabels: { disk: 'hdd' } } }), volumes, immediate)?.metadata.name, 'hdd');
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce'], { volumeMode: 'Block' }), volumes, immediate), undefined);
});

test('a volume pre-bound through claimRef wins even when bigger, and is the only match under WaitForFirstConsumer', () => {
  const prebound = volume('mine', '10Gi', ['ReadWriteOnce'], { claimRef: { name: 'data', namespace: 'default' } });
  const volumes = [volume('small', '1Gi', ['ReadWriteOnce']), prebound];
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), volumes, immediate)?.metadata.name, 'mine');
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), [volume('small', '1Gi', ['ReadWriteOnce'])], { delayBinding: true }), undefined);
});

test('on the scheduler path the node must satisfy the volume node affinity', () => {
  const affinity = { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] }] } } };
  const volumes = [volume('local', '1Gi', ['ReadWriteOnce'], affinity)];
  const on = (name: string) => ({ delayBinding: true, node: { name, labels: { 'kubernetes.io/hostname': name } } });
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), volumes, on('node-1')), undefined);
  assert.equal(findBestMatchForClaim(claim('1Gi', ['ReadWriteOnce']), volumes, on('node-2'))?.metadata.name, 'local');
});

test('checkVolumeSatisfyClaim explains why a requested volume does not fit', () => {
  assert.equal(checkVolumeSatisfyClaim(volume('v', '1Gi', ['ReadWriteOnce']), claim('2Gi', ['ReadWriteOnce'])), 'requested PV is too small');
  assert.equal(checkVolumeSatisfyClaim(volume('v', '1Gi', ['ReadWriteOnce']), claim('1Gi', ['ReadWriteMany'])), 'incompatible accessMode');
  assert.equal(checkVolumeSatisfyClaim(volume('v', '1Gi', ['ReadWriteOnce']), claim('1Gi', ['ReadWriteOnce'], { storageClassName: 'x' })), 'storageClassName does not match');
  assert.equal(checkVolumeSatisfyClaim(volume('v', '1Gi', ['ReadWriteOnce']), claim('1Gi', ['ReadWriteOnce'])), undefined);
});
