import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject } from '../../api';
import type { Container, Pod } from '../../api/schemas';
import { resolveContainerEnv } from './container-env';

function storeWith(...objects: KubeObject[]): ObjectStore {
  const store = new ObjectStore();
  for (const o of objects) store.put({ ...o, metadata: { namespace: 'default', uid: o.metadata.name, creationTimestamp: '2025-01-01T00:00:00Z', ...o.metadata } });
  return store;
}

const config: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'config' }, data: { LEVEL: 'debug', '1st': 'one', MODE: 'from-cm' } };
const secret: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds' }, type: 'Opaque', data: { password: Buffer.from('s3cret').toString('base64') } };
const pod = (container: Container): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default', uid: 'u-1', labels: { app: 'web' } },
  spec: { nodeName: 'node-1', serviceAccountName: 'default', containers: [container] },
  status: { podIP: '10.244.0.5', hostIP: '172.18.0.2' },
});

test('envFrom first (prefixed, every key kept), then env overriding it, then service variables', () => {
  const container: Container = {
    name: 'app',
    envFrom: [{ configMapRef: { name: 'config' }, prefix: 'CFG_' }, { secretRef: { name: 'creds' } }],
    env: [
      { name: 'MODE', value: 'explicit' },
      { name: 'GREETING', value: 'level=$(CFG_LEVEL) $$(CFG_LEVEL) $(MISSING) $(SVC_HOST)' },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
      { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
    ],
  };
  const result = resolveContainerEnv(pod(container), container, storeWith(config, secret), { SVC_HOST: '10.96.0.1', MODE: 'svc' });
  assert.deepEqual(result, {
    env: {
      CFG_LEVEL: 'debug',
      CFG_1st: 'one',
      CFG_MODE: 'from-cm',
      password: 's3cret',
      MODE: 'explicit',
      GREETING: 'level=debug $(CFG_LEVEL) $(MISSING) 10.96.0.1',
      POD_NAME: 'web',
      APP: 'web',
      POD_IP: '10.244.0.5',
      SVC_HOST: '10.96.0.1',
    },
  });
});

test('a missing object or key blocks the container unless optional', () => {
  const missingMap: Container = { name: 'app', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'nope', key: 'k' } } }] };
  assert.deepEqual(resolveContainerEnv(pod(missingMap), missingMap, storeWith()), { error: { reason: 'CreateContainerConfigError', message: 'configmap "nope" not found' } });
  const missingKey: Container = { name: 'app', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'creds', key: 'user' } } }] };
  assert.deepEqual(resolveContainerEnv(pod(missingKey), missingKey, storeWith(secret)), { error: { reason: 'CreateContainerConfigError', message: "couldn't find key user in Secret default/creds" } });
  const optional: Container = { name: 'app', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'config', key: 'nope', optional: true } } }], envFrom: [{ secretRef: { name: 'gone', optional: true } }] };
  assert.deepEqual(resolveContainerEnv(pod(optional), optional, storeWith(config)), { env: {} });
});

test('resourceFieldRef rounds up in divisor units and reads node allocatable for an unset limit', () => {
  const container: Container = {
    name: 'app',
    resources: { requests: { cpu: '250m', memory: '64Mi' } },
    env: [
      { name: 'CPU_REQ', valueFrom: { resourceFieldRef: { resource: 'requests.cpu', divisor: '1m' } } },
      { name: 'CPU_REQ_CORES', valueFrom: { resourceFieldRef: { resource: 'requests.cpu' } } },
      { name: 'MEM_REQ', valueFrom: { resourceFieldRef: { resource: 'requests.memory', divisor: '1Mi' } } },
      { name: 'MEM_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.memory' } } },
    ],
  };
  const result = resolveContainerEnv(pod(container), container, storeWith(), {}, { nodeAllocatable: { cpu: '4', memory: '8Gi' } });
  assert.deepEqual(result, { env: { CPU_REQ: '250', CPU_REQ_CORES: '1', MEM_REQ: '64', MEM_LIMIT: String(8 * 1024 ** 3) } });
});
