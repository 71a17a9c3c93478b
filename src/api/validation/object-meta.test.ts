import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreate } from './index';
import { manifest, rendered } from './test-helpers';

const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const configMap = (meta: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: default\n${meta}`;

test('an upper-case name gets the RFC 1123 subdomain message with its example and regex', () => {
  assert.deepEqual(rendered(validateCreate(manifest(configMap('  name: Web')))), [`metadata.name: Invalid value: "Web": ${SUBDOMAIN_MSG}`]);
});

test('a Service name must be a DNS-1035 label', () => {
  const svc = manifest(`apiVersion: v1\nkind: Service\nmetadata: {name: 1web, namespace: default}\nspec: {ports: [{port: 80}]}`);
  assert.deepEqual(rendered(validateCreate(svc)), [
    `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
  ]);
});

test('a missing name asks for name or generateName', () => {
  assert.deepEqual(rendered(validateCreate(manifest(configMap('  labels: {a: b}')))), ['metadata.name: Required value: name or generateName is required']);
});

test('label keys and values use the qualified-name and label-value rules', () => {
  const errs = rendered(validateCreate(manifest(configMap('  name: cfg\n  labels: {"bad key": "ok", app: "-x"}'))));
  assert.deepEqual(errs, [
    `metadata.labels: Invalid value: "-x": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    `metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
  ]);
});

test('annotations may total 256 KiB', () => {
  const cm = manifest(configMap('  name: cfg'));
  cm.metadata.annotations = { big: 'x'.repeat(262144) };
  assert.deepEqual(rendered(validateCreate(cm)), ['metadata.annotations: Too long: may not be more than 262144 bytes']);
});

test('a namespaced kind needs a namespace; a cluster-scoped one may not have one', () => {
  const cm = manifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}');
  assert.deepEqual(rendered(validateCreate(cm)), ['metadata.namespace: Required value']);
  const ns = manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: Dev}');
  assert.match(rendered(validateCreate(ns))[0] ?? '', /^metadata\.name: Invalid value: "Dev": a lowercase RFC 1123 label must consist of/);
});
