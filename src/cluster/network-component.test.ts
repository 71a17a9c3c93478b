import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NetworkStack as RuntimeNetworkStack } from '../runtime/network-stack';
import { ListenerTable } from '../runtime/listeners';
import type { PodNetwork } from '../network';
import { Cluster } from './cluster';
import { clusterNetwork } from './network-component';

test('the network is installed: podNetwork, clusterNetwork and clusterDNS services, default Services', () => {
  const cluster = new Cluster({ nodes: 1 });
  for (const name of ['podNetwork', 'clusterNetwork', 'clusterDNS']) assert.ok(cluster.context.services.has(name), name);
  assert.equal((cluster.get('Service', 'kube-system', 'kube-dns')?.spec as { clusterIP: string }).clusterIP, '10.96.0.10');
  assert.equal((cluster.get('Service', 'default', 'kubernetes')?.spec as { clusterIP: string }).clusterIP, '10.96.0.1');
});

test("the runtime's ListenerTable is a PodSocket set and the pod stack is the runtime's NetworkStack", () => {
  const cluster = new Cluster({ nodes: 1 });
  const podNetwork = cluster.context.services.get('podNetwork') as PodNetwork;
  const pod = cluster.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'nginx' }] } });
  const sockets = new ListenerTable();
  sockets.listen({ port: 80, protocol: 'TCP', http: (r) => ({ status: 200, headers: {}, body: r.remoteAddress }) }, {});
  const allocation = podNetwork.allocate(pod, cluster.get('Node', undefined, 'node-1')!, sockets);
  assert.deepEqual(allocation, { ok: true, ip: '10.244.0.2' });
  cluster.api.updateStatus({ ...cluster.get('Pod', 'default', 'web')!, status: { podIP: '10.244.0.2', phase: 'Running' } });
  const stack: RuntimeNetworkStack = podNetwork.stackFor(pod);
  const result = stack.httpRequest({ method: 'GET', url: 'http://10.244.0.2/' });
  assert.equal(result.kind === 'ok' && result.body, '10.244.0.2', 'the pod sees its own address as the client');
  assert.deepEqual(podNetwork.resolvConf(pod), { nameservers: ['10.96.0.10'], searches: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 });
  assert.equal(clusterNetwork(cluster).requestsServedBy('default', 'web'), 1);
});

test('NodePort traffic from outside is masqueraded to the node it entered', () => {
  const cluster = new Cluster({ nodes: 2 });
  const pod = cluster.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { app: 'web' } }, spec: { nodeName: 'node-2', containers: [{ name: 'c', image: 'nginx' }] } });
  const sockets = new ListenerTable();
  sockets.listen({ port: 80, protocol: 'TCP', http: (r) => ({ status: 200, headers: {}, body: r.remoteAddress }) }, {});
  const { ip } = clusterNetwork(cluster).allocate(pod, cluster.get('Node', undefined, 'node-2')!, sockets) as { ip: string };
  cluster.api.updateStatus({ ...cluster.get('Pod', 'default', 'web')!, status: { podIP: ip, phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
  cluster.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080 }] } });
  const delivery = clusterNetwork(cluster).request({ kind: 'outside' }, { method: 'GET', url: 'http://172.18.0.2:30080/' });
  assert.equal(delivery.result.kind === 'ok' && delivery.result.body, '172.18.0.2');
});
