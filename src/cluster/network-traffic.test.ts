import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster';
import { clusterNetwork } from './network-component';
import type { KubeObject } from '../api';
import type { HttpResult, PodSockets } from '../network';

/** Plays the kubelet: sets the pod's network up with sockets answering `port` and marks it Ready (or not). */
function runPod(cluster: Cluster, name: string, labels: Record<string, string>, options: { ready?: boolean; node?: string; port?: number; hostname?: string; subdomain?: string } = {}) {
  const { ready = true, node = 'node-1', port = 8080 } = options;
  const spec = { nodeName: node, containers: [{ name: 'app', image: 'app', ports: [{ name: 'http', containerPort: port }] }], ...(options.hostname ? { hostname: options.hostname, subdomain: options.subdomain } : {}) };
  const pod = cluster.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec });
  const sockets: PodSockets = {
    isListening: (p) => p === port,
    handleHttp: (p, request): HttpResult => (p === port ? { kind: 'ok', status: 200, headers: {}, body: `${name} ${request.target}` } : { kind: 'refused' }),
  };
  const network = clusterNetwork(cluster);
  const allocation = network.allocate(pod, cluster.get('Node', undefined, node)!, sockets);
  assert.ok(allocation.ok);
  const conditions = [{ type: 'Ready', status: ready ? 'True' : 'False' }];
  cluster.api.updateStatus({ ...cluster.get('Pod', 'default', name)!, status: { phase: 'Running', podIP: allocation.ip, podIPs: [{ ip: allocation.ip }], conditions } });
  cluster.settle();
  return allocation.ip;
}

function setReady(cluster: Cluster, name: string, ready: boolean) {
  const pod = cluster.get('Pod', 'default', name)!;
  cluster.api.updateStatus({ ...pod, status: { ...(pod.status as object), conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } });
  cluster.settle();
}

const service = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
const fromPod = (cluster: Cluster, name: string) => ({ kind: 'pod' as const, pod: cluster.get('Pod', 'default', name)! });
const get = (url: string) => ({ method: 'GET', url });

test('pods get .2, .3… from their node podCIDR; the three kinds of IP', () => {
  const cluster = new Cluster({ nodes: 2 });
  assert.equal(runPod(cluster, 'a', { app: 'web' }), '10.244.0.2');
  assert.equal(runPod(cluster, 'b', { app: 'web' }, { node: 'node-2' }), '10.244.1.2');
  assert.equal(runPod(cluster, 'c', { app: 'web' }), '10.244.0.3');
  const svc = cluster.create(service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] }));
  assert.match((svc.spec as { clusterIP: string }).clusterIP, /^10\.(9[6-9]|1[01]\d)\./);
});

test('a ClusterIP Service spreads requests round robin over ready pods, by name through DNS', () => {
  const cluster = new Cluster({ nodes: 2 });
  for (const name of ['web-1', 'web-2', 'web-3']) runPod(cluster, name, { app: 'web' });
  runPod(cluster, 'client', { app: 'client' });
  cluster.create(service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }));
  const network = clusterNetwork(cluster);
  const served = Array.from({ length: 6 }, () => network.request(fromPod(cluster, 'client'), get('http://web/')).servedBy?.name);
  assert.deepEqual(served, ['web-1', 'web-2', 'web-3', 'web-1', 'web-2', 'web-3']);
  assert.equal(network.requestsServedBy('default', 'web-2'), 2);
  setReady(cluster, 'web-2', false);
  const after = Array.from({ length: 4 }, () => network.request(fromPod(cluster, 'client'), get('http://web.default.svc.cluster.local/')).servedBy?.name);
  assert.ok(!after.includes('web-2'), 'a pod that is not ready leaves the rotation');
});

test('no ready endpoint → connection refused; unknown name → unresolved; pod IP reached directly', () => {
  const cluster = new Cluster({ nodes: 1 });
  const ip = runPod(cluster, 'web-1', { app: 'web' }, { ready: false });
  runPod(cluster, 'client', { app: 'client' });
  cluster.create(service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] }));
  const network = clusterNetwork(cluster);
  assert.deepEqual(network.request(fromPod(cluster, 'client'), get('http://web/')).result, { kind: 'refused' });
  assert.deepEqual(network.request(fromPod(cluster, 'client'), get('http://nope/')).result, { kind: 'unresolved' });
  const direct = network.request(fromPod(cluster, 'client'), get(`http://${ip}:8080/x`));
  assert.equal(direct.result.kind === 'ok' && direct.result.body, 'web-1 /x');
});

test('NodePort answers on every node IP, from outside too; a ClusterIP does not reach outside', () => {
  const cluster = new Cluster({ nodes: 3 });
  runPod(cluster, 'web-1', { app: 'web' }, { node: 'node-3' });
  const svc = cluster.create(service('web', { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] }));
  const network = clusterNetwork(cluster);
  for (const nodeIP of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
    assert.equal(network.request({ kind: 'outside' }, get(`http://${nodeIP}:30080/`)).servedBy?.name, 'web-1');
  }
  const clusterIP = (svc.spec as { clusterIP: string }).clusterIP;
  assert.deepEqual(network.request({ kind: 'outside' }, get(`http://${clusterIP}/`)).result, { kind: 'timeout' });
  assert.deepEqual(network.request({ kind: 'outside' }, get('http://172.18.0.2:30081/')).result, { kind: 'refused' });
});

test('ClientIP session affinity keeps a client on one pod', () => {
  const cluster = new Cluster({ nodes: 1 });
  for (const name of ['web-1', 'web-2']) runPod(cluster, name, { app: 'web' });
  runPod(cluster, 'client', { app: 'client' });
  cluster.create(service('web', { selector: { app: 'web' }, sessionAffinity: 'ClientIP', ports: [{ port: 80, targetPort: 8080 }] }));
  const network = clusterNetwork(cluster);
  const served = new Set(Array.from({ length: 5 }, () => network.request(fromPod(cluster, 'client'), get('http://web/')).servedBy?.name));
  assert.equal(served.size, 1);
});

test('cluster DNS: services, headless pods, hostname.subdomain, SRV, ExternalName, pod names, PTR, NXDOMAIN', () => {
  const cluster = new Cluster({ nodes: 1 });
  const ip0 = runPod(cluster, 'db-0', { app: 'db' }, { hostname: 'db-0', subdomain: 'db' });
  const ip1 = runPod(cluster, 'db-1', { app: 'db' }, { hostname: 'db-1', subdomain: 'db' });
  cluster.create(service('db', { clusterIP: 'None', selector: { app: 'db' }, ports: [{ name: 'sql', port: 5432, targetPort: 8080 }] }));
  cluster.create(service('ext', { type: 'ExternalName', externalName: 'db.default.svc.cluster.local' }));
  const dns = clusterNetwork(cluster).dns;
  const network = clusterNetwork(cluster).stackFor(cluster.get('Pod', 'default', 'db-0')!);
  const search = ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'];
  assert.deepEqual(network.resolve('kubernetes', search), { kind: 'ok', name: 'kubernetes.default.svc.cluster.local', addresses: ['10.96.0.1'] });
  assert.deepEqual(network.resolve('kube-dns.kube-system', search), { kind: 'ok', name: 'kube-dns.kube-system.svc.cluster.local', addresses: ['10.96.0.10'] });
  assert.deepEqual(network.resolve('db', search), { kind: 'ok', name: 'db.default.svc.cluster.local', addresses: [ip0, ip1] });
  assert.deepEqual(network.resolve('db-1.db', search), { kind: 'ok', name: 'db-1.db.default.svc.cluster.local', addresses: [ip1] });
  assert.deepEqual(network.resolve('ext', search), { kind: 'ok', name: 'ext.default.svc.cluster.local', addresses: [ip0, ip1], canonicalName: 'db.default.svc.cluster.local' });
  assert.deepEqual(network.resolve('10-244-0-9.default.pod.cluster.local', []), { kind: 'ok', name: '10-244-0-9.default.pod.cluster.local', addresses: ['10.244.0.9'] });
  assert.deepEqual(network.resolve('missing', search), { kind: 'nxdomain' });
  assert.deepEqual(dns.querySRV('_sql._tcp.db.default.svc.cluster.local'), {
    rcode: 'NOERROR',
    name: '_sql._tcp.db.default.svc.cluster.local',
    srv: [
      { priority: 0, weight: 100, port: 8080, target: 'db-0.db.default.svc.cluster.local' },
      { priority: 0, weight: 100, port: 8080, target: 'db-1.db.default.svc.cluster.local' },
    ],
  });
  assert.equal(network.reverseLookup?.('10.96.0.10'), 'kube-dns.kube-system.svc.cluster.local');
  assert.equal(network.reverseLookup?.(ip1), 'db-1.db.default.svc.cluster.local');
});

test('pod IPs are released with the pod and reused by host-local after wrapping', () => {
  const cluster = new Cluster({ nodes: 1 });
  assert.equal(runPod(cluster, 'a', {}), '10.244.0.2');
  clusterNetwork(cluster).release(cluster.get('Pod', 'default', 'a')!);
  assert.equal(runPod(cluster, 'b', {}), '10.244.0.3');
});
