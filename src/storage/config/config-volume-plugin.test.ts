import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject, type StoredObject } from '../../api';
import type { Pod, Volume } from '../../api/schemas';
import type { FileContent, VolumeDirectory } from '../volumes/volume-directory';
import { configVolumePlugin } from './config-volume-plugin';
import { tokenSubject } from './service-account-token';

/** A directory that records every write, so a test can tell a sync that changed nothing. */
function recordingDirectory(): VolumeDirectory<string> & { files: Map<string, FileContent>; writes: string[] } {
  const files = new Map<string, FileContent>();
  const writes: string[] = [];
  return {
    files,
    writes,
    kindAt: (path) => (files.has(path) ? 'file' : path === '' ? 'dir' : undefined),
    mkdir: () => {},
    writeFile: (path, content) => {
      files.set(path, content);
      writes.push(path);
    },
    remove: (path) => void files.delete(path),
    list: () => [...files.keys()].sort(),
    mountSource: (path) => path,
  };
}

const meta = { namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' };
const rootCA = (pem: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', uid: `ca-${pem}`, ...meta }, data: { 'ca.crt': pem } });
const volume: Volume = {
  name: 'kube-api-access-abcde',
  projected: {
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ fieldRef: { fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
    ],
  },
};
const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', uid: 'u-1', ...meta }, spec: { nodeName: 'node-1', volumes: [volume], containers: [] } } as unknown as StoredObject<Pod>;

function setUp() {
  const store = new ObjectStore();
  store.put(rootCA('PEM-1'));
  const dir = recordingDirectory();
  let now = 1_000;
  const plugin = configVolumePlugin(store, () => dir, { now: () => now });
  return { store, dir, plugin, advance: (ms: number) => (now += ms) };
}

test('a sync whose inputs are the same objects writes nothing and hands back the same volume', () => {
  const { dir, plugin, advance } = setUp();
  const first = plugin.setUp(pod, volume, 'node-1');
  assert.deepEqual([...dir.writes].sort(), ['ca.crt', 'namespace', 'token']);
  advance(60_000);
  const second = plugin.setUp({ ...pod, status: { podIP: '10.244.1.5' } } as StoredObject<Pod>, volume, 'node-1');
  assert.equal(second, first);
  assert.equal(dir.writes.length, 3);
});

test('a changed ConfigMap rewrites its file only; the token stays the one issued first', () => {
  const { store, dir, plugin, advance } = setUp();
  plugin.setUp(pod, volume, 'node-1');
  const token = dir.files.get('token');
  advance(60_000);
  store.put(rootCA('PEM-2'));
  plugin.setUp(pod, volume, 'node-1');
  assert.deepEqual(dir.writes.slice(3), ['ca.crt']);
  assert.equal(dir.files.get('ca.crt'), 'PEM-2');
  assert.equal(dir.files.get('token'), token);
});

test('the token is written unsigned and reads as the JWT for the pod, the same on every read', () => {
  const { dir, plugin } = setUp();
  plugin.setUp(pod, volume, 'node-1');
  const token = dir.files.get('token');
  assert.ok(token !== undefined && typeof token !== 'string');
  const text = token.read();
  assert.equal(tokenSubject(text), 'system:serviceaccount:default:default');
  assert.equal(token.read(), text);
  const claims = JSON.parse(Buffer.from(text.split('.')[1]!, 'base64url').toString('utf8')) as { iat: number; 'kubernetes.io': { pod: { name: string }; node: { name: string } } };
  assert.equal(claims.iat, 1);
  assert.deepEqual([claims['kubernetes.io'].pod.name, claims['kubernetes.io'].node.name], ['web', 'node-1']);
});

test('a key gone from the ConfigMap removes its file; a kept file with the same text is not rewritten', () => {
  const store = new ObjectStore();
  const config = (data: Record<string, string>, uid: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app', uid, ...meta }, data });
  store.put(config({ a: '1', b: '2' }, 'cm-1'));
  const dir = recordingDirectory();
  const plugin = configVolumePlugin(store, () => dir, { now: () => 1_000 });
  const appVolume: Volume = { name: 'app', configMap: { name: 'app' } };
  plugin.setUp(pod, appVolume, 'node-1');
  assert.deepEqual([...dir.writes].sort(), ['a', 'b']);
  store.put(config({ a: '1', c: '3' }, 'cm-2'));
  plugin.setUp(pod, appVolume, 'node-1');
  assert.deepEqual(dir.list(''), ['a', 'c']);
  assert.deepEqual(dir.writes.slice(2), ['c']);
  store.put(config({ a: '9', c: '3' }, 'cm-3'));
  plugin.setUp(pod, appVolume, 'node-1');
  assert.deepEqual(dir.writes.slice(3), ['a']);
  assert.equal(dir.files.get('a'), '9');
});

test("the replicas on one node keep one list of facts and share their tokens' binding; another node's are its own", () => {
  const store = new ObjectStore();
  store.put(rootCA('PEM-1'));
  const plugin = configVolumePlugin(store, recordingDirectory, { now: () => 1_000 });
  const replica = (uid: string, nodeName: string) => ({ ...pod, metadata: { ...pod.metadata, name: `web-${uid}`, uid }, spec: { ...pod.spec, nodeName } }) as StoredObject<Pod>;
  type Kept = { facts: readonly unknown[]; dir: VolumeDirectory<string> & { files: Map<string, FileContent> } };
  const kept = (uid: string, nodeName: string) => plugin.setUp(replica(uid, nodeName), { ...volume }, nodeName) as unknown as Kept;
  const [a, b, c] = [kept('a', 'node-1'), kept('b', 'node-1'), kept('c', 'node-2')];
  assert.equal(a.facts, b.facts);
  assert.notEqual(a.facts, c.facts);
  const binding = (volume: Kept) => (volume.dir.files.get('token') as unknown as { binding: object }).binding;
  assert.equal(binding(a), binding(b));
  assert.notEqual(binding(a), binding(c));
});
