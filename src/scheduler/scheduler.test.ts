import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer, type ObjectKey, type StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { SeededRandom, VirtualClock } from '../clock';
import { storeVolumeListers } from '../storage';
import { requesting, testNode, testPod } from '../testing/scheduler-fixtures';
import { Scheduler, type SchedulerAction, type SchedulerController } from './scheduler';

/** A minimal runner: a FIFO of keys, actions applied straight to the API server, events collected. */
function harness() {
  const clock = new VirtualClock();
  const api = new ApiServer(clock, new SeededRandom(1));
  const queue: ObjectKey[] = [];
  const events: string[] = [];
  let controller: SchedulerController | undefined;
  const apply = (a: SchedulerAction) => {
    if (a.type === 'bind') api.bind(a.pod.metadata.namespace!, a.pod.metadata.name, a.nodeName);
    else if (a.type === 'patchStatus') api.updateStatus(a.object);
    else if (a.type === 'update') api.update(a.object);
    else events.push(`${a.reason}: ${a.message}`);
  };
  const settle = () => {
    while (queue.length > 0) for (const a of controller!.reconcile(queue.shift()!, { store: api.store, now: clock.now() })) apply(a);
  };
  const scheduler = new Scheduler({ store: api.store, clock, seed: 1, runner: { register: (c) => (controller = c), enqueue: (_, key) => queue.push(key) }, volumes: storeVolumeListers(api.store) });
  clock.observe({ afterEvent: settle });
  const create = (obj: object) => {
    const { metadata, ...rest } = obj as StoredObject;
    api.create({ ...rest, metadata: { name: metadata.name, namespace: metadata.namespace, labels: metadata.labels } } as StoredObject);
    settle();
  };
  const nodeOf = (name: string) => (api.store.get('Pod', 'default', name) as StoredObject<Pod>).spec?.nodeName;
  return { api, clock, scheduler, events, create, settle, nodeOf };
}

test('binds a pod and records Scheduled', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.create(testPod('web'));
  assert.equal(h.nodeOf('web'), 'node-1');
  assert.deepEqual(h.events, ['Scheduled: Successfully assigned default/web to node-1']);
});

test('an unschedulable pod gets FailedScheduling and PodScheduled=False, and is retried when a node joins', () => {
  const h = harness();
  h.create(testNode('node-1', { cpu: '1' }));
  h.create(testPod('big', { containers: [requesting('2')] }));
  const message = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
  assert.deepEqual(h.events, [`FailedScheduling: ${message}`]);
  const condition = (h.api.store.get('Pod', 'default', 'big') as StoredObject<Pod>).status?.conditions?.[0];
  assert.deepEqual({ ...condition }, { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'Unschedulable', message });
  h.create(testNode('node-2', { cpu: '4' }));
  assert.equal(h.nodeOf('big'), undefined, 'still backing off');
  h.clock.advance(1_000);
  assert.equal(h.nodeOf('big'), 'node-2');
});

test('a node heartbeat does not re-queue pending pods', () => {
  const h = harness();
  h.create(testNode('node-1', { cpu: '1' }));
  h.create(testPod('big', { containers: [requesting('2')] }));
  const node = h.api.store.get('Node', undefined, 'node-1')!;
  h.clock.advance(5_000);
  h.api.updateStatus({ ...node, status: { ...(node.status as object), conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: h.clock.nowISO() }] } });
  h.settle();
  h.clock.advance(60_000);
  assert.equal(h.events.length, 1);
});

test('a stopped scheduler leaves pods alone; starting it schedules them', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.scheduler.stop();
  h.create(testPod('web'));
  assert.equal(h.nodeOf('web'), undefined);
  h.scheduler.start();
  h.settle();
  assert.equal(h.nodeOf('web'), 'node-1');
});

test('pods for another scheduler are not touched', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.create(testPod('custom', { schedulerName: 'my-scheduler' }));
  assert.equal(h.nodeOf('custom'), undefined);
  assert.deepEqual(h.events, []);
});

const claim = (name: string, storageClassName: string) => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
  spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
});
const podWithClaim = (name: string, claimName: string, spec: Partial<NonNullable<Pod['spec']>> = {}) =>
  testPod(name, { ...spec, volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] });

test('a missing claim: FailedScheduling from VolumeRestrictions, retried once the claim appears', () => {
  const h = harness();
  h.create(testNode('node-1'));
  h.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local' }, provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer' });
  h.create(podWithClaim('web', 'data'));
  const message = '0/1 nodes are available: persistentvolumeclaim "data" not found. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
  assert.deepEqual(h.events, [`FailedScheduling: ${message}`]);
  h.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' }, spec: { storageClassName: 'local', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/d' } } });
  h.create(claim('data', 'local'));
  h.clock.advance(1_000);
  // The volume has no status in this harness (no PV controller): nothing to bind, nothing to provision.
  assert.match(h.events[1]!, /^FailedScheduling: 0\/1 nodes are available: 1 node\(s\) didn't find available persistent volumes to bind\./);
});

test('WaitForFirstConsumer provisioning: the claim gets selected-node; the pod is bound at the poll after the claim binds', () => {
  const h = harness();
  h.create(testNode('node-1', { labels: { 'kubernetes.io/hostname': 'node-1' } }));
  h.create(testNode('node-2', { labels: { 'kubernetes.io/hostname': 'node-2' } }));
  h.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' }, provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer' });
  h.create(claim('data', 'standard'));
  h.create(podWithClaim('web', 'data', { nodeSelector: { 'kubernetes.io/hostname': 'node-2' } }));
  const pvc = () => h.api.store.get('PersistentVolumeClaim', 'default', 'data')!;
  assert.equal(pvc().metadata.annotations?.['volume.kubernetes.io/selected-node'], 'node-2');
  assert.equal(h.nodeOf('web'), undefined, 'the pod waits in PreBind');
  h.clock.advance(1_500);
  assert.equal(h.nodeOf('web'), undefined, 'the claim is not bound yet');
  // What the provisioner and the PV controller do.
  const affinity = { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] }] } };
  h.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pvc-1' }, spec: { storageClassName: 'standard', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/d' }, nodeAffinity: affinity } });
  h.api.update({ ...pvc(), metadata: { ...pvc().metadata, annotations: { ...pvc().metadata.annotations, 'pv.kubernetes.io/bind-completed': 'yes' } }, spec: { ...(pvc().spec as object), volumeName: 'pvc-1' } });
  h.settle();
  assert.equal(h.nodeOf('web'), undefined, 'bound only at the next one-second poll');
  h.clock.advance(500);
  assert.equal(h.nodeOf('web'), 'node-2');
  assert.deepEqual(h.events, ['Scheduled: Successfully assigned default/web to node-2']);
});

test('a provisioner that drops selected-node fails the binding cycle with the PreBind error', () => {
  const h = harness();
  h.create(testNode('node-1', { labels: { 'kubernetes.io/hostname': 'node-1' } }));
  h.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' }, provisioner: 'rancher.io/local-path', volumeBindingMode: 'WaitForFirstConsumer' });
  h.create(claim('data', 'standard'));
  h.create(podWithClaim('web', 'data'));
  const pvc = h.api.store.get('PersistentVolumeClaim', 'default', 'data')!;
  h.api.update({ ...pvc, metadata: { ...pvc.metadata, annotations: {} } });
  h.settle();
  h.clock.advance(1_000);
  assert.deepEqual(h.events, ['FailedScheduling: running PreBind plugin "VolumeBinding": binding volumes: provisioning failed for PVC "data"']);
  assert.equal((h.api.store.get('Pod', 'default', 'web') as StoredObject<Pod>).status?.conditions?.[0]?.reason, 'SchedulerError');
});
