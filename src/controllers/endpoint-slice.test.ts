import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type KubeObject, type StoredObject } from '../api';
import { pod, stored, storeWith, T0 } from '../testing/workload-fixtures';
import { endpointSliceController } from './endpoint-slice';
import { endpointSliceMirroringController } from './endpoint-slice-mirroring';

const service = stored({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', labels: { tier: 'front' } }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] } });
const withIP = (p: StoredObject, ip: string, deleting = false): StoredObject => ({
  ...p,
  metadata: deleting ? { ...p.metadata, deletionTimestamp: '2025-01-01T00:00:30Z' } : p.metadata,
  status: { ...(p.status as object), podIP: ip },
});
const key = objectKey('Service', 'default', 'web');
const created = (actions: readonly { type: string }[]) => actions.filter((a) => a.type === 'create').map((a) => (a as unknown as { object: KubeObject }).object);

test('a slice per Service, owned and labelled, with ready/serving/terminating conditions', () => {
  const pods = [
    withIP(pod('web-a', { labels: { app: 'web' }, node: 'node-1', readySince: T0 }), '10.244.0.3'),
    withIP(pod('web-b', { labels: { app: 'web' }, node: 'node-1' }), '10.244.0.4'),
    withIP(pod('web-c', { labels: { app: 'web' }, node: 'node-1', readySince: T0 }), '10.244.0.5', true),
  ];
  const [slice] = created(endpointSliceController.reconcile(key, { store: storeWith(service, ...pods), now: T0 }));
  assert.equal(slice?.metadata.generateName, 'web-');
  assert.deepEqual(slice?.metadata.labels, { tier: 'front', 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
  assert.equal(slice?.metadata.ownerReferences?.[0]?.uid, service.metadata.uid);
  assert.deepEqual(slice?.ports, [{ name: '', port: 8080, protocol: 'TCP' }]);
  const conditions = (slice?.endpoints as { addresses: string[]; conditions: object }[]).map((e) => [e.addresses[0], e.conditions]);
  assert.deepEqual(conditions, [
    ['10.244.0.3', { ready: true, serving: true, terminating: false }],
    ['10.244.0.4', { ready: false, serving: false, terminating: false }],
    ['10.244.0.5', { ready: false, serving: true, terminating: true }],
  ]);
});

test('no endpoints → one placeholder slice; endpoints arriving later fill it in place', () => {
  const [placeholder] = created(endpointSliceController.reconcile(key, { store: storeWith(service), now: T0 }));
  assert.equal(placeholder?.endpoints, undefined);
  assert.equal(placeholder?.ports, undefined);
  const existing = stored({ ...placeholder!, metadata: { ...placeholder!.metadata, name: 'web-abcde' } });
  const ready = withIP(pod('web-a', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.3');
  const actions = endpointSliceController.reconcile(key, { store: storeWith(service, existing, ready), now: T0 });
  assert.deepEqual(actions.map((a) => a.type), ['update']);
  assert.equal((actions[0] as { object: KubeObject }).object.metadata.name, 'web-abcde');
});

test('manual Endpoints of a selector-less Service are mirrored into a slice owned by the Endpoints', () => {
  const manual = stored({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { ports: [{ port: 5432, protocol: 'TCP' }] } });
  const endpoints = stored({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'db' },
    subsets: [{ addresses: [{ ip: '192.168.1.10' }], notReadyAddresses: [{ ip: '192.168.1.11' }], ports: [{ port: 5432, protocol: 'TCP' }] }],
  });
  const [slice] = created(endpointSliceMirroringController.reconcile(objectKey('Endpoints', 'default', 'db'), { store: storeWith(manual, endpoints), now: T0 }));
  assert.equal(slice?.metadata.labels?.['endpointslice.kubernetes.io/managed-by'], 'endpointslicemirroring-controller.k8s.io');
  assert.equal(slice?.metadata.ownerReferences?.[0]?.kind, 'Endpoints');
  assert.deepEqual(slice?.endpoints, [
    { addresses: ['192.168.1.10'], conditions: { ready: true } },
    { addresses: ['192.168.1.11'], conditions: { ready: false } },
  ]);
  const selected = stored({ ...manual, spec: { ...(manual.spec as object), selector: { app: 'db' } } });
  assert.deepEqual(endpointSliceMirroringController.reconcile(objectKey('Endpoints', 'default', 'db'), { store: storeWith(selected, endpoints), now: T0 }), []);
});
