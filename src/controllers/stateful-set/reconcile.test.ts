import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../../api';
import { ControllerHarness } from '../../testing/controller-harness';
import { fakeKubelet } from '../../testing/fake-kubelet';
import { template } from '../../testing/workload-fixtures';
import { statefulSetController } from './reconcile';

function sts(spec: Record<string, unknown> = {}): StoredObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      replicas: 3,
      serviceName: 'nginx',
      selector: { matchLabels: { app: 'nginx' } },
      template: template({ app: 'nginx' }),
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      ...spec,
    },
  } as unknown as StoredObject;
}

const names = (h: ControllerHarness, kind = 'Pod') => h.list(kind).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort();

test('OrderedReady: web-0, then web-1 once web-0 is Running and Ready, each with its claim', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(5000)]);
  h.create(sts());
  assert.deepEqual(names(h), ['web-0']);
  assert.deepEqual(names(h, 'PersistentVolumeClaim'), ['www-web-0']);
  const pod = h.get('Pod', 'web-0')!;
  assert.deepEqual([(pod.spec as { hostname?: string }).hostname, (pod.spec as { subdomain?: string }).subdomain], ['web-0', 'nginx']);
  assert.equal(pod.metadata.labels?.['statefulset.kubernetes.io/pod-name'], 'web-0');
  assert.equal(pod.metadata.labels?.['apps.kubernetes.io/pod-index'], '0');
  assert.deepEqual((pod.spec as { volumes: unknown[] }).volumes, [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }]);
  h.advance(5000);
  assert.deepEqual(names(h), ['web-0', 'web-1']);
  h.advance(10_000);
  assert.deepEqual(names(h), ['web-0', 'web-1', 'web-2']);
  assert.deepEqual(h.events().filter((e) => e.startsWith('SuccessfulCreate')).slice(0, 2), [
    'SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success',
    'SuccessfulCreate: create Pod web-0 in StatefulSet web successful',
  ]);
});

test('Parallel creates every pod at once; scale-down goes from the highest ordinal and keeps the claims', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(1000)]);
  h.create(sts({ podManagementPolicy: 'Parallel' }));
  assert.deepEqual(names(h), ['web-0', 'web-1', 'web-2']);
  h.advance(2000);
  h.updateSpec('StatefulSet', 'web', (spec) => ({ ...spec, replicas: 1, podManagementPolicy: 'Parallel' }));
  assert.deepEqual(names(h), ['web-0']);
  assert.deepEqual(names(h, 'PersistentVolumeClaim'), ['www-web-0', 'www-web-1', 'www-web-2']);
});

test('OrderedReady scale-down removes web-2 before web-1', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(1000)]);
  h.create(sts());
  h.advance(10_000);
  h.updateSpec('StatefulSet', 'web', (spec) => ({ ...spec, replicas: 1 }));
  assert.deepEqual(h.events().filter((e) => e.startsWith('SuccessfulDelete')), ['SuccessfulDelete: delete Pod web-2 in StatefulSet web successful', 'SuccessfulDelete: delete Pod web-1 in StatefulSet web successful']);
});

test('RollingUpdate replaces pods from the highest ordinal down to the partition', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(1000)]);
  h.create(sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } }));
  h.advance(10_000);
  const initial = (h.get('StatefulSet', 'web')!.status as { currentRevision: string }).currentRevision;
  h.updateSpec('StatefulSet', 'web', (spec) => ({ ...spec, template: template({ app: 'nginx' }, 'nginx:1.16') }));
  h.advance(10_000);
  const image = (name: string) => (h.get('Pod', name)!.spec as { containers: { image: string }[] }).containers[0]!.image;
  assert.deepEqual(['web-0', 'web-1', 'web-2'].map(image), ['nginx:1.14', 'nginx:1.16', 'nginx:1.16']);
  const status = h.get('StatefulSet', 'web')!.status as { currentRevision: string; updateRevision: string; updatedReplicas: number };
  assert.equal(status.currentRevision, initial);
  assert.notEqual(status.updateRevision, initial);
  assert.equal(status.updatedReplicas, 2);
  assert.deepEqual(h.events().filter((e) => e.startsWith('SuccessfulDelete')), ['SuccessfulDelete: delete Pod web-2 in StatefulSet web successful', 'SuccessfulDelete: delete Pod web-1 in StatefulSet web successful']);
});

test('whenDeleted: Delete gives each claim an owner reference to the StatefulSet', () => {
  const h = new ControllerHarness([statefulSetController]);
  const set = h.create(sts({ replicas: 1, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } }));
  assert.deepEqual(h.get('PersistentVolumeClaim', 'www-web-0')!.metadata.ownerReferences, [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: set.metadata.uid }]);
});

test('A set created again adopts the orphaned pods and revision of its predecessor and condemns the extra ordinal', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(1000)]);
  h.create(sts());
  h.advance(10_000);
  // What the garbage collector leaves after `kubectl delete statefulset web --cascade=orphan`.
  for (const obj of [...h.list('Pod'), ...h.list('ControllerRevision')]) h.api.update({ ...obj, metadata: { ...obj.metadata, ownerReferences: undefined } });
  h.api.delete('StatefulSet', 'default', 'web');
  h.api.delete('Pod', 'default', 'web-0', { gracePeriodSeconds: 0 });
  const [revision] = h.list('ControllerRevision').map((r) => r.metadata.name);
  const set = h.create(sts({ replicas: 2 }));
  h.advance(10_000);
  assert.deepEqual(names(h), ['web-0', 'web-1']);
  const owner = (o: StoredObject) => o.metadata.ownerReferences?.map((r) => r.uid);
  assert.deepEqual(h.list('Pod').map(owner), [[set.metadata.uid], [set.metadata.uid]]);
  assert.deepEqual(h.list('ControllerRevision').map((r) => [r.metadata.name, owner(r)]), [[revision, [set.metadata.uid]]]);
  assert.deepEqual(h.events().filter((e) => /Failed|web-[012] in StatefulSet/.test(e)).slice(-2), ['SuccessfulCreate: create Pod web-0 in StatefulSet web successful', 'SuccessfulDelete: delete Pod web-2 in StatefulSet web successful']);
});

test('whenScaled and whenDeleted: Delete — a condemned pod\'s claim trades the set\'s owner reference for its pod\'s', () => {
  const h = new ControllerHarness([statefulSetController, fakeKubelet(1000)]);
  h.create(sts({ replicas: 2, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Delete' } }));
  h.advance(10_000);
  const pod = h.get('Pod', 'web-1')!;
  h.updateSpec('StatefulSet', 'web', (spec) => ({ ...spec, replicas: 1 }));
  assert.deepEqual(h.get('PersistentVolumeClaim', 'www-web-1')!.metadata.ownerReferences, [{ apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: pod.metadata.uid }]);
});
