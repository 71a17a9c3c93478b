import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnknownOutputFormatError, formatObjects } from './format-objects';
import { resourceName } from './name';

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' } };
const deploy = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } };

test('lists are wrapped as kubectl get does', () => {
  assert.equal(
    formatObjects([pod], 'yaml', { asList: true }),
    'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: web\nkind: List\nmetadata:\n  resourceVersion: ""\n',
  );
  assert.equal(formatObjects([], 'json', { asList: true }), '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
});

test('jsonpath runs on the List when several objects are printed', () => {
  assert.equal(formatObjects([pod, deploy], 'jsonpath={.items[*].metadata.name}', { asList: true }), 'web web');
  assert.equal(formatObjects([pod, deploy], 'jsonpath={range .items[*]}{.kind}/{.metadata.name}{"\\n"}{end}', { asList: true }), 'Pod/web\nDeployment/web\n');
});

test('-o name is group-qualified', () => {
  assert.equal(formatObjects([pod, deploy], 'name', { asList: true }), 'pod/web\ndeployment.apps/web\n');
  assert.equal(resourceName({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'n' } }), 'cronjob.batch/n');
});

test('several objects without a list are separated by --- in YAML', () => {
  assert.equal(formatObjects([pod, pod], 'yaml', { asList: false }).split('---\n').length, 2);
});

test('unknown formats fail with kubectl wording', () => {
  assert.throws(() => formatObjects([pod], 'xml', { asList: false }), UnknownOutputFormatError);
});
