import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCreated } from './describe-created';

test('the created line names kind.group/name, without a group for core kinds', () => {
  const obj = (apiVersion: string, kind: string) => ({ apiVersion, kind, metadata: { name: 'x' } });
  assert.equal(describeCreated(obj('apps/v1', 'Deployment')), 'deployment.apps/x');
  assert.equal(describeCreated(obj('v1', 'Pod')), 'pod/x');
  assert.equal(describeCreated(obj('v1', 'ConfigMap')), 'configmap/x');
  assert.equal(describeCreated(obj('batch/v1', 'CronJob')), 'cronjob.batch/x');
  assert.equal(describeCreated(obj('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding')), 'clusterrolebinding.rbac.authorization.k8s.io/x');
});
