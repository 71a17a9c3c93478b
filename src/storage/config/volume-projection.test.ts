import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject } from '../../api';
import type { Pod, Volume } from '../../api/schemas';
import { projectVolume, type ProjectionResult } from './volume-projection';
import { tokenSubject } from './service-account-token';

function storeWith(...objects: KubeObject[]): ObjectStore {
  const store = new ObjectStore();
  for (const o of objects) store.put({ ...o, metadata: { namespace: 'default', uid: o.metadata.name, creationTimestamp: '2025-01-01T00:00:00Z', ...o.metadata } });
  return store;
}

const config: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'game' }, data: { 'game.properties': 'lives=3\n', 'ui.properties': 'color=red\n' } };
const rootCA: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt' }, data: { 'ca.crt': 'PEM' } };
const pod: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u-1', labels: { b: '2', a: '1' } }, spec: { serviceAccountName: 'robot', containers: [] } };
const context = { now: Date.UTC(2025, 0, 1) };

function files(result: ProjectionResult | undefined): Record<string, [string, string]> {
  assert.ok(result && 'files' in result, JSON.stringify(result));
  return Object.fromEntries([...result.files].map(([path, f]) => [path, [typeof f.content === 'string' ? f.content : f.content.read(), f.mode.toString(8)]]));
}

test('a configMap volume has one 0644 file per key; items pick keys, paths and modes', () => {
  const all: Volume = { name: 'config', configMap: { name: 'game' } };
  assert.deepEqual(files(projectVolume(pod, all, storeWith(config), context)), { 'game.properties': ['lives=3\n', '644'], 'ui.properties': ['color=red\n', '644'] });
  const items: Volume = { name: 'config', configMap: { name: 'game', defaultMode: 0o400, items: [{ key: 'game.properties', path: 'conf/game' }, { key: 'ui.properties', path: 'ui', mode: 0o600 }] } };
  assert.deepEqual(files(projectVolume(pod, items, storeWith(config), context)), { 'conf/game': ['lives=3\n', '400'], ui: ['color=red\n', '600'] });
});

test('missing objects and keys fail the mount with the kubelet FailedMount message unless optional', () => {
  assert.deepEqual(projectVolume(pod, { name: 'config', configMap: { name: 'nope' } }, storeWith(), context), { error: 'MountVolume.SetUp failed for volume "config" : configmap "nope" not found' });
  assert.deepEqual(projectVolume(pod, { name: 's', secret: { secretName: 'nope' } }, storeWith(), context), { error: 'MountVolume.SetUp failed for volume "s" : secret "nope" not found' });
  const badKey: Volume = { name: 'config', configMap: { name: 'game', items: [{ key: 'nope', path: 'x' }] } };
  assert.deepEqual(projectVolume(pod, badKey, storeWith(config), context), { error: 'MountVolume.SetUp failed for volume "config" : configmap references non-existent config key: nope' });
  assert.deepEqual(files(projectVolume(pod, { name: 'config', configMap: { name: 'nope', optional: true } }, storeWith(), context)), {});
});

test('the ServiceAccount projection holds a token for the pod account, ca.crt and the namespace', () => {
  const volume: Volume = {
    name: 'kube-api-access-abcde',
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }, { fieldRef: { fieldPath: 'metadata.labels' }, path: 'labels' }] } },
      ],
    },
  };
  const result = files(projectVolume(pod, volume, storeWith(rootCA), context));
  assert.equal(tokenSubject(result.token![0]), 'system:serviceaccount:default:robot');
  assert.deepEqual({ ...result, token: undefined }, { token: undefined, 'ca.crt': ['PEM', '644'], namespace: ['default', '644'], labels: ['a="1"\nb="2"', '644'] });
  assert.equal(files(projectVolume(pod, volume, storeWith(rootCA), context)).token![0], result.token![0], 'the same pod at the same instant gets the same token');
});
