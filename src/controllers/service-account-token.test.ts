import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject } from '../api';
import { CLUSTER_CA_CRT } from '../auth';
import { ControllerHarness } from '../testing/controller-harness';
import { serviceAccountTokenController } from './service-account-token';

const account: KubeObject = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'build-robot' } };
const tokenSecret = (name: string, annotations: Record<string, string>): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, annotations }, type: 'kubernetes.io/service-account-token' }) as KubeObject;
const data = (obj: KubeObject | undefined): Record<string, string> => Object.fromEntries(Object.entries((obj as { data?: Record<string, string> }).data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));

test('a token Secret for an existing ServiceAccount gets ca.crt, namespace, a legacy token and the account uid', () => {
  const h = new ControllerHarness([serviceAccountTokenController]);
  const sa = h.create(account);
  h.create(tokenSecret('build-robot-secret', { 'kubernetes.io/service-account.name': 'build-robot' }));
  const secret = h.get('Secret', 'build-robot-secret');
  assert.equal(secret?.metadata.annotations?.['kubernetes.io/service-account.uid'], sa.metadata.uid);
  const { 'ca.crt': ca, namespace, token } = data(secret);
  assert.equal(ca, CLUSTER_CA_CRT);
  assert.equal(namespace, 'default');
  const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString('utf8'));
  assert.deepEqual(claims, {
    iss: 'kubernetes/serviceaccount',
    'kubernetes.io/serviceaccount/namespace': 'default',
    'kubernetes.io/serviceaccount/secret.name': 'build-robot-secret',
    'kubernetes.io/serviceaccount/service-account.name': 'build-robot',
    'kubernetes.io/serviceaccount/service-account.uid': sa.metadata.uid,
    sub: 'system:serviceaccount:default:build-robot',
  });
});

test('a token Secret for a missing ServiceAccount, or for another uid, is deleted', () => {
  const h = new ControllerHarness([serviceAccountTokenController]);
  h.create(tokenSecret('orphan', { 'kubernetes.io/service-account.name': 'nobody' }));
  assert.equal(h.get('Secret', 'orphan'), undefined);
  h.create(account);
  h.create(tokenSecret('stale', { 'kubernetes.io/service-account.name': 'build-robot', 'kubernetes.io/service-account.uid': 'an-older-uid' }));
  assert.equal(h.get('Secret', 'stale'), undefined);
});

test("deleting a ServiceAccount deletes its token Secrets and leaves other Secrets alone", () => {
  const h = new ControllerHarness([serviceAccountTokenController]);
  const sa = h.create(account);
  h.create(tokenSecret('build-robot-secret', { 'kubernetes.io/service-account.name': 'build-robot' }));
  h.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'plain' }, data: { a: 'Yg==' } } as KubeObject);
  h.api.delete('ServiceAccount', 'default', sa.metadata.name);
  h.runner.settle();
  assert.equal(h.get('Secret', 'build-robot-secret'), undefined);
  assert.ok(h.get('Secret', 'plain'));
});
