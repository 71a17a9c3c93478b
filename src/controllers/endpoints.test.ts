import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type KubeObject, type StoredObject } from '../api';
import { pod, stored, storeWith, T0 } from '../testing/workload-fixtures';
import { endpointsController } from './endpoints';

const service = (spec: Record<string, unknown>, name = 'web') => stored({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }], ...spec } });

function withIP(p: StoredObject, ip: string, extra: { deleting?: boolean; ports?: { name: string; containerPort: number }[] } = {}): StoredObject {
  const spec = { ...(p.spec as object), ...(extra.ports ? { containers: [{ name: 'app', image: 'nginx', ports: extra.ports }] } : {}) };
  const metadata = extra.deleting ? { ...p.metadata, deletionTimestamp: '2025-01-01T00:00:10Z' } : p.metadata;
  return { ...p, metadata, spec, status: { ...(p.status as object), podIP: ip } };
}

const reconcile = (...objects: KubeObject[]) => endpointsController.reconcile(objectKey('Service', 'default', 'web'), { store: storeWith(...objects), now: T0 });

test('ready pods become addresses, unready ones notReadyAddresses; terminating, terminal and IP-less pods are left out', () => {
  const pods = [
    withIP(pod('web-b', { labels: { app: 'web' }, node: 'node-1', readySince: T0 }), '10.244.0.12'),
    withIP(pod('web-a', { labels: { app: 'web' }, node: 'node-2', readySince: T0 }), '10.244.0.9'),
    withIP(pod('web-c', { labels: { app: 'web' }, node: 'node-1' }), '10.244.0.7'),
    withIP(pod('web-d', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.8', { deleting: true }),
    withIP(pod('web-e', { labels: { app: 'web' }, phase: 'Succeeded' }), '10.244.0.6'),
    pod('web-f', { labels: { app: 'web' }, readySince: T0 }),
    withIP(pod('other', { labels: { app: 'db' }, readySince: T0 }), '10.244.0.20'),
  ];
  const [action] = reconcile(service({}), ...pods);
  assert.equal(action?.type, 'create');
  const subsets = (action as { object: KubeObject }).object.subsets as { addresses: { ip: string; nodeName?: string }[]; notReadyAddresses: { ip: string }[]; ports: unknown[] }[];
  assert.equal(subsets.length, 1);
  assert.deepEqual(subsets[0]?.addresses.map((a) => a.ip), ['10.244.0.12', '10.244.0.9'], 'sorted by IP text, as RepackSubsets does');
  assert.deepEqual(subsets[0]?.notReadyAddresses.map((a) => a.ip), ['10.244.0.7']);
  assert.deepEqual(subsets[0]?.ports, [{ port: 8080, protocol: 'TCP' }]);
  assert.equal(subsets[0]?.addresses[1]?.nodeName, 'node-2');
});

test('publishNotReadyAddresses lists every pod as ready, terminating ones included', () => {
  const pods = [withIP(pod('a', { labels: { app: 'web' } }), '10.244.0.3'), withIP(pod('b', { labels: { app: 'web' } }), '10.244.0.4', { deleting: true })];
  const [action] = reconcile(service({ publishNotReadyAddresses: true }), ...pods);
  const subsets = (action as { object: KubeObject }).object.subsets as { addresses: { ip: string }[]; notReadyAddresses?: unknown }[];
  assert.deepEqual(subsets[0]?.addresses.map((a) => a.ip), ['10.244.0.3', '10.244.0.4']);
  assert.equal(subsets[0]?.notReadyAddresses, undefined);
});

test('a named targetPort is resolved per pod; pods without it are skipped', () => {
  const pods = [
    withIP(pod('a', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.3', { ports: [{ name: 'http', containerPort: 8080 }] }),
    withIP(pod('b', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.4', { ports: [{ name: 'http', containerPort: 9090 }] }),
    withIP(pod('c', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.5'),
  ];
  const [action] = reconcile(service({ ports: [{ name: 'web', port: 80, targetPort: 'http', protocol: 'TCP' }] }), ...pods);
  const subsets = (action as { object: KubeObject }).object.subsets as { addresses: { ip: string }[]; ports: { port: number }[] }[];
  assert.deepEqual(subsets.map((s) => [s.addresses.map((a) => a.ip), s.ports.map((p) => p.port)]), [[['10.244.0.3'], [8080]], [['10.244.0.4'], [9090]]]);
});

test('no change → no write; a deleted Service takes its Endpoints along; selector-less Services are left to the user', () => {
  const svc = service({});
  const p = withIP(pod('a', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.3');
  const created = (reconcile(svc, p)[0] as { object: KubeObject }).object;
  assert.deepEqual(reconcile(svc, p, stored(created)), []);
  assert.deepEqual(reconcile(stored(created)).map((a) => a.type), ['delete']);
  assert.deepEqual(reconcile(service({ selector: undefined }), stored({ ...created, subsets: [] })), []);
});

test('a headless Service labels its Endpoints and publishes pod hostnames for its subdomain', () => {
  const p = withIP(pod('db-0', { labels: { app: 'web' }, readySince: T0 }), '10.244.0.3');
  const named = { ...p, spec: { ...(p.spec as object), hostname: 'db-0', subdomain: 'web' } };
  const [action] = reconcile(service({ clusterIP: 'None', clusterIPs: ['None'] }), named);
  const object = (action as { object: KubeObject }).object;
  assert.equal(object.metadata.labels?.['service.kubernetes.io/headless'], '');
  assert.equal((object.subsets as { addresses: { hostname?: string }[] }[])[0]?.addresses[0]?.hostname, 'db-0');
});
