import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreate } from './index';
import { manifest, rendered } from './test-helpers';

test('namespace names are DNS labels; spec finalizers must be qualified or standard', () => {
  assert.deepEqual(validateCreate(manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}\nspec: {finalizers: [kubernetes]}')), []);
  assert.deepEqual(rendered(validateCreate(manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: a.b}'))), ['metadata.name: Invalid value: "a.b": must not contain dots']);
  assert.deepEqual(rendered(validateCreate(manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}\nspec: {finalizers: [custom]}'))), [
    'spec.finalizers: Invalid value: "custom": name is neither a standard finalizer name nor is it fully qualified',
  ]);
});

test('a ServiceAccount only has metadata to check', () => {
  assert.deepEqual(validateCreate(manifest('apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: build-robot, namespace: default}')), []);
  assert.match(rendered(validateCreate(manifest('apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: Robot, namespace: default}')))[0] ?? '', /^metadata\.name: Invalid value: "Robot": a lowercase RFC 1123 subdomain/);
});
