import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveResource } from './resources';

test('a bare name, a short name and a resource.group resolve to their kind', () => {
  assert.equal(resolveResource('deploy')?.kind, 'Deployment');
  assert.equal(resolveResource('deployments.apps')?.kind, 'Deployment');
  assert.equal(resolveResource('storageclasses.storage.k8s.io')?.kind, 'StorageClass');
});

test('resource.version.group names the version too, as the Deployments page types deployment.v1.apps', () => {
  assert.equal(resolveResource('deployment.v1.apps')?.kind, 'Deployment');
  assert.equal(resolveResource('cronjobs.v1.batch')?.kind, 'CronJob');
  assert.equal(resolveResource('pods.v1.')?.kind, 'Pod');
});

test('a version the server does not serve, or a group that does not hold the resource, resolves to nothing', () => {
  assert.equal(resolveResource('deployments.v1beta1.apps'), undefined);
  assert.equal(resolveResource('deployments.v1.batch'), undefined);
  assert.equal(resolveResource('pods.apps'), undefined);
});
