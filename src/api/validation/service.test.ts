import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import type { Service } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const service = (spec: string): Service => manifest<Service>(`apiVersion: v1\nkind: Service\nmetadata: {name: my-service, namespace: default}\nspec:\n${spec}`);

test('the docs Service is valid', () => {
  assert.deepEqual(validateCreate(service('  selector: {app.kubernetes.io/name: MyApp}\n  ports:\n  - protocol: TCP\n    port: 80\n    targetPort: 9376')), []);
});

test('a node port outside 30000-32767 fails alone, as the allocator does', () => {
  const svc = service('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 80\n  - port: 81\n    nodePort: 81');
  assert.equal(
    ApiError.invalid('Service', 'my-service', validateCreate(svc)).message,
    'Service "my-service" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
  );
});

test('ports are required except for headless and ExternalName services', () => {
  assert.deepEqual(rendered(validateCreate(service('  type: ClusterIP'))), ['spec.ports: Required value']);
  assert.deepEqual(validateCreate(service('  clusterIP: None')), []);
  assert.deepEqual(rendered(validateCreate(service('  type: ExternalName'))), ['spec.externalName: Required value']);
  assert.deepEqual(validateCreate(service('  type: ExternalName\n  externalName: my.database.example.com')), []);
});

test('ExternalName with a clusterIP, headless NodePort, nodePort on ClusterIP', () => {
  assert.deepEqual(rendered(validateCreate(service('  type: ExternalName\n  externalName: db.example.com\n  clusterIP: 10.96.0.50'))), [
    'spec.clusterIPs: Forbidden: may not be set for ExternalName services',
  ]);
  assert.deepEqual(rendered(validateCreate(service('  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]'))), [
    `spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services`,
  ]);
  assert.deepEqual(rendered(validateCreate(service('  type: ClusterIP\n  ports: [{port: 80, nodePort: 30080}]'))), [
    "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
  ]);
});

test('several ports need names; duplicates and bad types are reported', () => {
  const svc = service('  type: Internal\n  ports:\n  - {name: http, port: 80}\n  - {port: 80, protocol: TCP}');
  assert.deepEqual(rendered(validateCreate(svc)), [
    'spec.ports[1].name: Required value',
    'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
  ]);
});

test('an allocated clusterIP may not change', () => {
  const old = service('  clusterIP: 10.96.12.34\n  clusterIPs: [10.96.12.34]\n  ports: [{port: 80}]');
  const changed = service('  clusterIP: 10.96.12.35\n  clusterIPs: [10.96.12.35]\n  ports: [{port: 80}]');
  assert.deepEqual(rendered(validateUpdate(changed, old)), ['spec.clusterIPs[0]: Invalid value: []string{"10.96.12.35"}: may not change once set']);
  assert.deepEqual(validateUpdate(service('  ports: [{port: 8080}]'), old), []);
});
