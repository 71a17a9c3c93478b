import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type KubeObject } from '../api';
import { stored, storeWith, T0 } from '../testing/workload-fixtures';
import { cloudLoadBalancerController } from './cloud-load-balancer';

const lb = (name: string, extra: Record<string, unknown> = {}, status: object = { loadBalancer: {} }) =>
  stored({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type: 'LoadBalancer', ports: [{ port: 80 }], ...extra }, status });
const reconcile = (name: string, ...objects: KubeObject[]) => cloudLoadBalancerController.reconcile(objectKey('Service', 'default', name), { store: storeWith(...objects), now: T0 });

test('a LoadBalancer Service gets the lowest free pool address, with cloud-provider events', () => {
  const taken = lb('old', {}, { loadBalancer: { ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] } });
  const actions = reconcile('web', lb('web'), taken);
  assert.deepEqual(actions.map((a) => (a.type === 'event' ? a.reason : a.type)), ['EnsuringLoadBalancer', 'patchStatus', 'EnsuredLoadBalancer']);
  const status = (actions[1] as { object: KubeObject }).object.status;
  assert.deepEqual(status, { loadBalancer: { ingress: [{ ip: '172.18.255.201', ipMode: 'VIP' }] } });
});

test('a requested loadBalancerIP in the pool is honoured; other classes and types are left alone', () => {
  const actions = reconcile('web', lb('web', { loadBalancerIP: '172.18.255.230' }));
  assert.deepEqual((actions[1] as { object: KubeObject }).object.status, { loadBalancer: { ingress: [{ ip: '172.18.255.230', ipMode: 'VIP' }] } });
  assert.deepEqual(reconcile('web', lb('web', { loadBalancerClass: 'example.com/lb' })), []);
  const demoted = lb('web', { type: 'ClusterIP' }, { loadBalancer: { ingress: [{ ip: '172.18.255.200' }] } });
  assert.deepEqual((reconcile('web', demoted)[0] as { object: KubeObject }).object.status, { loadBalancer: {} });
});
