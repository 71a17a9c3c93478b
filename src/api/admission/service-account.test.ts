import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore } from '../store';
import type { KubeObject } from '../object';
import type { Pod } from '../schemas';
import { serviceAccountAdmission } from './service-account';
import { secretStringData } from './secret-string-data';
import type { AdmissionRequest } from './admission';

function store(...objects: KubeObject[]): ObjectStore {
  const s = new ObjectStore();
  for (const o of [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }, ...objects]) {
    s.put({ ...o, metadata: { uid: o.metadata.name, creationTimestamp: '2025-01-01T00:00:00Z', ...o.metadata } });
  }
  return s;
}

function request(object: KubeObject): AdmissionRequest {
  return { operation: 'CREATE', object, dryRun: false, onReject: () => undefined };
}

const pod = (spec: Partial<NonNullable<Pod['spec']>> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default', uid: '0a1b2c3d-0000' },
  spec: { containers: [{ name: 'web', image: 'nginx' }], initContainers: [{ name: 'init', image: 'busybox', volumeMounts: [{ name: 'own', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] }], ...spec },
});

test('defaults to the default account and mounts the token where nothing is mounted yet', () => {
  const admitted = serviceAccountAdmission(store()).mutate!(request(pod())) as unknown as Pod;
  assert.equal(admitted.spec?.serviceAccountName, 'default');
  const volume = admitted.spec?.volumes?.[0];
  assert.match(volume?.name ?? '', /^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  assert.deepEqual(admitted.spec?.containers?.[0]?.volumeMounts, [{ name: volume?.name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]);
  assert.equal(admitted.spec?.initContainers?.[0]?.volumeMounts?.length, 1, 'a container with its own mount there keeps it');
});

test('a missing account is Forbidden; automount off on the account is overridden by the pod; pull secrets are inherited', () => {
  assert.throws(() => serviceAccountAdmission(store()).mutate!(request(pod({ serviceAccountName: 'robot' }))), {
    message: 'pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found',
  });
  const robot: KubeObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', namespace: 'default' }, automountServiceAccountToken: false, imagePullSecrets: [{ name: 'regcred' }] };
  const quiet = serviceAccountAdmission(store(robot)).mutate!(request(pod({ serviceAccountName: 'robot' }))) as unknown as Pod;
  assert.equal(quiet.spec?.volumes, undefined);
  assert.deepEqual(quiet.spec?.imagePullSecrets, [{ name: 'regcred' }]);
  const loud = serviceAccountAdmission(store(robot)).mutate!(request(pod({ serviceAccountName: 'robot', automountServiceAccountToken: true }))) as unknown as Pod;
  assert.equal(loud.spec?.volumes?.length, 1);
});

test('stringData is merged into data, winning on shared keys, and dropped', () => {
  const secret: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { a: 'b2xk', b: 'Yg==' }, stringData: { a: 'new' } };
  assert.deepEqual(secretStringData.mutate!(request(secret)), { apiVersion: 'v1', kind: 'Secret', metadata: secret.metadata, data: { a: 'bmV3', b: 'Yg==' } });
});
