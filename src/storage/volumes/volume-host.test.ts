import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { VolumeDirectory } from './volume-directory';
import { VolumeHost, mountTimeoutMessage } from './volume-host';

/** A directory tree as a set of paths; a mount source is `<tree id>:<path>`. */
function memoryDirectory(id: string): VolumeDirectory<string> {
  const entries = new Map<string, 'dir' | 'file'>([['', 'dir']]);
  const parents = (path: string): string[] => path.split('/').map((_, i, all) => all.slice(0, i).join('/')).filter((p) => p !== '');
  return {
    kindAt: (path) => entries.get(path),
    mkdir: (path) => [...parents(path), path].forEach((p) => entries.set(p, 'dir')),
    writeFile: (path, _content) => void entries.set(path, 'file'),
    remove: (path) => [...entries.keys()].filter((p) => p === path || p.startsWith(`${path}/`)).forEach((p) => entries.delete(p)),
    list: (path) => [...entries.keys()].filter((p) => p !== path && p.startsWith(path ? `${path}/` : '') && !p.slice(path ? path.length + 1 : 0).includes('/')).map((p) => p.split('/').pop()!).sort(),
    mountSource: (path) => `${id}:${path}`,
  };
}

let trees = 0;
function setup(...objects: KubeObject[]): { host: VolumeHost<string>; store: ObjectStore } {
  const store = new ObjectStore();
  for (const obj of objects) store.put(obj);
  return { host: new VolumeHost<string>(store, () => memoryDirectory(`t${++trees}`)), store };
}

function pod(name: string, volumes: unknown[], node = 'node-1'): StoredObject<Pod> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '' }, spec: { nodeName: node, containers: [], volumes } } as unknown as StoredObject<Pod>;
}

const node = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name } } });
const claim = (name: string, volumeName?: string, phase = 'Bound'): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', uid: `uid-${name}` }, spec: { volumeName }, status: { phase },
});
const volume = (name: string, source: Record<string, unknown>, claimName: string, modes = ['ReadWriteOnce']): KubeObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { accessModes: modes, claimRef: { name: claimName, namespace: 'default', uid: `uid-${claimName}` }, ...source }, status: { phase: 'Bound' },
});

test('emptyDir belongs to the pod, hostPath to the node', () => {
  const { host } = setup(node('node-1'));
  const result = host.setUpPodVolumes(pod('web', [{ name: 'cache', emptyDir: {} }, { name: 'logs', hostPath: { path: '/var/log/web', type: 'DirectoryOrCreate' } }]), 'node-1');
  assert.equal(result.status, 'ready');
  if (result.status !== 'ready') return;
  assert.match(result.volumes.get('cache')!.mountSource(), /^t\d+:$/);
  assert.equal(host.data.nodeRoot('node-1').kindAt('var/log/web'), 'dir');
});

test('hostPath type checks fail with the kubelet message', () => {
  const { host } = setup(node('node-1'));
  const result = host.setUpPodVolumes(pod('web', [{ name: 'conf', hostPath: { path: '/etc/app', type: 'Directory' } }]), 'node-1');
  assert.equal(result.status, 'waiting');
  if (result.status !== 'waiting') return;
  assert.deepEqual(result.events.map((e) => e.message), ['MountVolume.SetUp failed for volume "conf" : hostPath type check failed: /etc/app is not a directory']);
  assert.deepEqual(result.unmounted, ['conf']);
});

test('an unbound claim waits and is reported after the timeout', () => {
  const { host } = setup(node('node-1'), claim('data', undefined, 'Pending'));
  const result = host.setUpPodVolumes(pod('web', [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }]), 'node-1');
  assert.equal(result.status, 'waiting');
  if (result.status !== 'waiting') return;
  assert.deepEqual(result.errors, ['error processing PVC default/data: PVC is not bound']);
  assert.equal(mountTimeoutMessage(result), 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[data]: context deadline exceeded');
});

test('a PV-backed hostPath volume mounts the same node directory for every pod', () => {
  const { host } = setup(node('node-1'), claim('data', 'pv1'), volume('pv1', { hostPath: { path: '/mnt/data' } }, 'data'));
  const first = host.setUpPodVolumes(pod('a', [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }]), 'node-1');
  const second = host.setUpPodVolumes(pod('b', [{ name: 'd', persistentVolumeClaim: { claimName: 'data', readOnly: true } }]), 'node-1');
  assert.ok(first.status === 'ready' && second.status === 'ready');
  assert.equal(first.volumes.get('d')!.mountSource(), second.volumes.get('d')!.mountSource());
  assert.equal(second.volumes.get('d')!.readOnly, true);
});

test('a ReadWriteOnce CSI volume attached to one node gives a Multi-Attach error on another', () => {
  const csi = { csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-1' } };
  const { host } = setup(node('node-1'), node('node-2'), claim('data', 'pv1'), volume('pv1', csi, 'data'));
  const uses = [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }];
  assert.equal(host.setUpPodVolumes(pod('web-0', uses, 'node-1'), 'node-1').status, 'ready');
  const second = host.setUpPodVolumes(pod('web-1', uses, 'node-2'), 'node-2');
  assert.equal(second.status, 'waiting');
  if (second.status !== 'waiting') return;
  assert.deepEqual(second.events, [{ type: 'Warning', reason: 'FailedAttachVolume', component: 'attachdetach-controller', message: 'Multi-Attach error for volume "pv1" Volume is already used by pod(s) web-0' }]);
  host.tearDownPodVolumes(pod('web-0', uses, 'node-1'));
  assert.equal(host.setUpPodVolumes(pod('web-1', uses, 'node-2'), 'node-2').status, 'ready');
});

test('a local volume refuses nodes outside its affinity and needs its path to exist', () => {
  const affinity = { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-1'] }] }] } } };
  const { host } = setup(node('node-1'), node('node-2'), claim('data', 'pv1'), volume('pv1', { local: { path: '/mnt/disks/ssd1' }, ...affinity }, 'data'));
  const uses = [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }];
  const elsewhere = host.setUpPodVolumes(pod('web', uses, 'node-2'), 'node-2');
  assert.ok(elsewhere.status === 'waiting' && elsewhere.events[0]!.message === 'MountVolume.NodeAffinity check failed for volume "pv1" : no matching NodeSelectorTerms');
  const missing = host.setUpPodVolumes(pod('web', uses, 'node-1'), 'node-1');
  assert.ok(missing.status === 'waiting' && missing.events[0]!.message === 'MountVolume.NewMounter initialization failed for volume "pv1" : path "/mnt/disks/ssd1" does not exist');
  host.data.nodeRoot('node-1').mkdir('mnt/disks/ssd1');
  assert.equal(host.setUpPodVolumes(pod('web', uses, 'node-1'), 'node-1').status, 'ready');
});
