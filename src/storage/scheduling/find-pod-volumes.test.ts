import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { checkBindings } from './bind-pod-volumes';
import { ERR_REASON_BIND_CONFLICT, ERR_REASON_NODE_CONFLICT, ERR_REASON_PV_NOT_EXIST, findPodVolumes, matchTopologySelectorTerms } from './find-pod-volumes';
import { getPodVolumeClaims, podClaimsError } from './pod-volume-claims';
import { storeVolumeListers } from './volume-listers';

function listersWith(...objects: KubeObject[]) {
  const store = new ObjectStore();
  const listers = storeVolumeListers(store);
  for (const obj of objects) store.put({ ...obj, metadata: { uid: `uid-${obj.metadata.name}`, creationTimestamp: '', ...obj.metadata } });
  return listers;
}
const pod = (claim: string): StoredObject<Pod> =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'uid-p', resourceVersion: '1', creationTimestamp: '' }, spec: { containers: [], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: claim } }] } }) as StoredObject<Pod>;
const claim = (name: string, extra: Record<string, unknown>, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', annotations }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
});
const sc = (name: string, provisioner: string, extra: Record<string, unknown> = {}): KubeObject => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner, volumeBindingMode: 'WaitForFirstConsumer', ...extra }) as KubeObject;
const localPv = (name: string, node: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'local', local: { path: '/mnt' }, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } }, ...extra },
  status: { phase: 'Available' },
});
const node = (name: string) => ({ name, labels: { 'kubernetes.io/hostname': name } });
const bound = { 'pv.kubernetes.io/bind-completed': 'yes' };

test('podHasPVCs: a missing, lost or terminating claim makes the pod unschedulable everywhere', () => {
  assert.equal(podClaimsError(pod('nope'), listersWith()), 'persistentvolumeclaim "nope" not found');
  assert.equal(podClaimsError(pod('c'), listersWith({ ...claim('c', { volumeName: 'v' }), status: { phase: 'Lost' } })), 'persistentvolumeclaim "c" bound to non-existent persistentvolume "v"');
  const deleting = claim('c', {});
  assert.equal(podClaimsError(pod('c'), listersWith({ ...deleting, metadata: { ...deleting.metadata, deletionTimestamp: '2025-01-01T00:00:00Z' } })), 'persistentvolumeclaim "c" is being deleted');
});

test('GetPodVolumeClaims: no class, a missing class, or a named but unfinished binding count as Immediate', () => {
  assert.equal(getPodVolumeClaims(pod('c'), listersWith(claim('c', { storageClassName: '' }))).unboundClaimsImmediate.length, 1);
  assert.equal(getPodVolumeClaims(pod('c'), listersWith(claim('c', { storageClassName: 'gone' }))).unboundClaimsImmediate.length, 1);
  assert.equal(getPodVolumeClaims(pod('c'), listersWith(claim('c', { storageClassName: 'local', volumeName: 'v' }), sc('local', 'x'))).unboundClaimsImmediate.length, 1);
  assert.equal(getPodVolumeClaims(pod('c'), listersWith(claim('c', { storageClassName: 'local' }), sc('local', 'x'))).unboundClaimsDelayBinding.length, 1);
});

test('FindPodVolumes: a bound volume pins the pod to its node; a missing one is reported', () => {
  const listers = listersWith(claim('c', { volumeName: 'v', storageClassName: 'local' }, bound), localPv('v', 'node-2'), sc('local', 'kubernetes.io/no-provisioner'));
  const claims = getPodVolumeClaims(pod('c'), listers);
  assert.deepEqual(findPodVolumes(claims, node('node-1'), listers).reasons, [ERR_REASON_NODE_CONFLICT]);
  assert.deepEqual(findPodVolumes(claims, node('node-2'), listers).reasons, []);
  const orphan = listersWith(claim('c', { volumeName: 'v' }, bound));
  assert.deepEqual(findPodVolumes(getPodVolumeClaims(pod('c'), orphan), node('node-1'), orphan).reasons, [ERR_REASON_PV_NOT_EXIST]);
});

test('FindPodVolumes: an unbound local claim needs a volume on the node; a provisioner with allowedTopologies decides the rest', () => {
  const listers = listersWith(claim('c', { storageClassName: 'local' }), localPv('v', 'node-2'), localPv('big', 'node-2', { capacity: { storage: '5Gi' } }), sc('local', 'kubernetes.io/no-provisioner'));
  const claims = getPodVolumeClaims(pod('c'), listers);
  assert.deepEqual(findPodVolumes(claims, node('node-1'), listers).reasons, [ERR_REASON_BIND_CONFLICT]);
  const found = findPodVolumes(claims, node('node-2'), listers);
  assert.deepEqual(found.podVolumes.staticBindings.map((b) => b.volume.metadata.name), ['v'], 'the smallest volume that fits');
  const zone = [{ matchLabelExpressions: [{ key: 'kubernetes.io/hostname', values: ['node-3'] }] }];
  const dynamic = listersWith(claim('c', { storageClassName: 'zoned' }), sc('zoned', 'rancher.io/local-path', { allowedTopologies: zone }));
  const dynClaims = getPodVolumeClaims(pod('c'), dynamic);
  assert.deepEqual(findPodVolumes(dynClaims, node('node-1'), dynamic).reasons, [ERR_REASON_BIND_CONFLICT]);
  assert.deepEqual(findPodVolumes(dynClaims, node('node-3'), dynamic).podVolumes.dynamicProvisions.map((c) => c.metadata.name), ['c']);
  assert.equal(matchTopologySelectorTerms([{}], {}), false, 'an empty term selects nothing');
});

test('FindPodVolumes: a claim whose node is already selected only fits that node', () => {
  const listers = listersWith(claim('c', { storageClassName: 'standard' }, { 'volume.kubernetes.io/selected-node': 'node-2' }), sc('standard', 'rancher.io/local-path'));
  const claims = getPodVolumeClaims(pod('c'), listers);
  assert.deepEqual(findPodVolumes(claims, node('node-1'), listers).reasons, [ERR_REASON_BIND_CONFLICT]);
  assert.deepEqual(findPodVolumes(claims, node('node-2'), listers).reasons, []);
});

test('checkBindings: waiting until the claim is fully bound; a reset claimRef is an error', () => {
  const listers = listersWith(claim('c', { storageClassName: 'local' }), localPv('v', 'node-2', { claimRef: { name: 'c', namespace: 'default', uid: 'uid-c' } }));
  const podVolumes = { staticBindings: [{ volume: listers.volume('v')!, claim: listers.claim('default', 'c')! }], dynamicProvisions: [] };
  assert.equal(checkBindings(podVolumes, node('node-2'), listers), 'waiting');
  const done = listersWith(claim('c', { storageClassName: 'local', volumeName: 'v' }, bound), localPv('v', 'node-2', { claimRef: { name: 'c', namespace: 'default', uid: 'uid-c' } }));
  assert.equal(checkBindings(podVolumes, node('node-2'), done), 'bound');
  const reset = listersWith(claim('c', { storageClassName: 'local' }), localPv('v', 'node-2'));
  assert.deepEqual(checkBindings(podVolumes, node('node-2'), reset), { error: 'ClaimRef got reset for pv "v"' });
});
