import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Secret } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const secret = (body: string): Secret => manifest<Secret>(`apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\n${body}`);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

test('Opaque secrets from data and stringData are valid', () => {
  assert.deepEqual(validateCreate(secret(`type: Opaque\ndata: {username: ${b64('admin')}}\nstringData: {password: t0p-Secret}`)), []);
});

test('dockerconfigjson needs its key, holding a JSON object', () => {
  assert.deepEqual(rendered(validateCreate(secret('type: kubernetes.io/dockerconfigjson\ndata: {}'))), ['data[.dockerconfigjson]: Required value']);
  assert.deepEqual(rendered(validateCreate(secret(`type: kubernetes.io/dockerconfigjson\ndata: {.dockerconfigjson: ${b64('not json')}}`))), [
    `data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character 'o' in literal null (expecting 'u')`,
  ]);
  assert.deepEqual(rendered(validateCreate(secret(`type: kubernetes.io/dockerconfigjson\ndata: {.dockerconfigjson: ${b64('{"auths":')}}`))), [
    'data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": unexpected end of JSON input',
  ]);
  assert.deepEqual(validateCreate(secret(`type: kubernetes.io/dockerconfigjson\ndata: {.dockerconfigjson: ${b64('{"auths":{}}')}}`)), []);
});

test('basic-auth, tls and service-account-token requirements', () => {
  assert.deepEqual(rendered(validateCreate(secret('type: kubernetes.io/basic-auth'))), ['data[username]: Required value', 'data[password]: Required value']);
  assert.deepEqual(rendered(validateCreate(secret(`type: kubernetes.io/tls\ndata: {tls.crt: ${b64('c')}}`))), ['data[tls.key]: Required value']);
  assert.deepEqual(rendered(validateCreate(secret('type: kubernetes.io/service-account-token'))), [
    'metadata.annotations[kubernetes.io/service-account.name]: Required value',
  ]);
});

test('the type never changes; immutable secrets keep their data', () => {
  const old = secret(`type: Opaque\nimmutable: true\ndata: {a: ${b64('1')}}`);
  const changed = secret(`type: kubernetes.io/basic-auth\nimmutable: true\ndata: {a: ${b64('2')}, username: ${b64('u')}}`);
  assert.deepEqual(rendered(validateUpdate(changed, old)), [
    'type: Invalid value: "kubernetes.io/basic-auth": field is immutable',
    'data: Forbidden: field is immutable when `immutable` is set',
  ]);
});
