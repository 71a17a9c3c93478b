import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, ApiServer, type KubeObject } from '../../api';
import type { ServiceSpec } from '../../api/schemas';
import { SeededRandom, VirtualClock } from '../../clock';
import { NodePortAllocator } from '../ip/node-port-allocator';
import { ServiceIPAllocator } from '../ip/service-ip-allocator';
import { releaseServiceAllocations, serviceAllocationAdmission } from './service-allocation-admission';
import { ServiceAllocators } from './service-allocators';

function setup() {
  const random = new SeededRandom(1);
  const api = new ApiServer(new VirtualClock(0), random);
  const allocators = new ServiceAllocators(new ServiceIPAllocator('10.96.0.0/12', random), new NodePortAllocator(30000, 2768, random));
  api.registerAdmission(serviceAllocationAdmission(allocators));
  releaseServiceAllocations(api.store, allocators);
  api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const counts = () => ({ ips: allocators.ips.allocatedCount, ports: allocators.nodePorts.allocatedCount });
  return { api, counts };
}

const service = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec });
const specOf = (obj: KubeObject) => obj.spec as ServiceSpec;

function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error.message;
    throw error;
  }
  assert.fail('expected the request to be rejected');
}

test('a NodePort Service gets a ClusterIP and a NodePort; a requested one is honoured', () => {
  const { api } = setup();
  const web = api.create(service('web', { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080 }] }));
  assert.match(specOf(web).clusterIP ?? '', /^10\.(9[6-9]|10\d|11[01])\./);
  assert.deepEqual(specOf(web).clusterIPs, [specOf(web).clusterIP]);
  assert.equal(specOf(web).ports?.[0]?.nodePort, 30080);
});

test('a duplicate NodePort or ClusterIP is rejected with Kubernetes messages and leaks nothing', () => {
  const { api, counts } = setup();
  api.create(service('web', { type: 'NodePort', clusterIP: '10.96.0.5', ports: [{ port: 80, nodePort: 30080 }] }));
  const before = counts();
  assert.equal(
    invalid(() => api.create(service('dup', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }))),
    'Service "dup" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
  );
  assert.equal(
    invalid(() => api.create(service('ip', { clusterIP: '10.96.0.5', ports: [{ port: 80 }] }))),
    'Service "ip" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.5"}: failed to allocate IP 10.96.0.5: provided IP is already allocated',
  );
  assert.equal(
    invalid(() => api.create(service('range', { type: 'NodePort', ports: [{ port: 80, nodePort: 40000 }] }))),
    'Service "range" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
  assert.equal(
    invalid(() => api.create(service('out', { clusterIP: '10.0.0.5', ports: [{ port: 80 }] }))),
    'Service "out" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
  );
  assert.deepEqual(counts(), before, 'the ClusterIP allocated before the NodePort failure was given back');
});

test('a malformed clusterIP fails validation before anything is allocated', () => {
  const { api, counts } = setup();
  assert.equal(
    invalid(() => api.create(service('bad', { clusterIP: '10.96.0.300', ports: [{ port: 80 }] }))),
    'Service "bad" is invalid: spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
  );
  assert.deepEqual(counts(), { ips: 0, ports: 0 });
});

test('dry-run allocates nothing; deletion releases everything', () => {
  const { api, counts } = setup();
  api.create(service('dry', { type: 'LoadBalancer', ports: [{ port: 80 }] }), { dryRun: true });
  assert.deepEqual(counts(), { ips: 0, ports: 0 });
  api.create(service('lb', { type: 'LoadBalancer', ports: [{ port: 80 }, { name: 'b', port: 81 }].map((p, i) => ({ name: `p${i}`, ...p })) }));
  assert.deepEqual(counts(), { ips: 1, ports: 2 });
  api.delete('Service', 'default', 'lb');
  assert.deepEqual(counts(), { ips: 0, ports: 0 });
});

test('headless and ExternalName Services get no ClusterIP; TCP and UDP on one port share a NodePort', () => {
  const { api, counts } = setup();
  assert.equal(specOf(api.create(service('h', { clusterIP: 'None', selector: { a: 'b' } }))).clusterIP, 'None');
  assert.equal(specOf(api.create(service('x', { type: 'ExternalName', externalName: 'example.com' }))).clusterIP, undefined);
  const dns = api.create(service('dns', { type: 'NodePort', ports: [{ name: 'u', port: 53, protocol: 'UDP' }, { name: 't', port: 53, protocol: 'TCP' }] }));
  const [udp, tcp] = specOf(dns).ports ?? [];
  assert.equal(udp?.nodePort, tcp?.nodePort);
  assert.deepEqual(counts(), { ips: 1, ports: 1 });
});

test('type changes: NodePort → ClusterIP frees the port; ClusterIP → ExternalName frees the IP; back allocates again', () => {
  const { api, counts } = setup();
  const created = api.create(service('web', { type: 'NodePort', ports: [{ port: 80 }] }));
  const asClusterIP = api.update({ ...created, spec: { ...specOf(created), type: 'ClusterIP' } });
  assert.equal(specOf(asClusterIP).ports?.[0]?.nodePort, undefined);
  assert.deepEqual(counts(), { ips: 1, ports: 0 });
  const asExternal = api.update({ ...asClusterIP, spec: { ...specOf(asClusterIP), type: 'ExternalName', externalName: 'example.com' } });
  assert.equal(specOf(asExternal).clusterIP, undefined);
  assert.deepEqual(counts(), { ips: 0, ports: 0 });
  const back = api.update({ ...asExternal, spec: { ...specOf(asExternal), type: 'NodePort', externalName: undefined } });
  assert.ok(specOf(back).clusterIP && (specOf(back).ports?.[0]?.nodePort ?? 0) >= 30086);
  assert.deepEqual(counts(), { ips: 1, ports: 1 });
});

test('an update that leaves out the ClusterIP keeps it (patchAllocatedValues)', () => {
  const { api } = setup();
  const created = api.create(service('web', { type: 'NodePort', ports: [{ name: 'http', port: 80 }] }));
  const { clusterIP: _ip, clusterIPs: _ips, ...rest } = specOf(created);
  const ports = (rest.ports ?? []).map(({ nodePort: _np, ...p }) => p);
  const updated = api.update({ ...created, spec: { ...rest, ports } });
  assert.equal(specOf(updated).clusterIP, specOf(created).clusterIP);
  assert.equal(specOf(updated).ports?.[0]?.nodePort, specOf(created).ports?.[0]?.nodePort);
});
