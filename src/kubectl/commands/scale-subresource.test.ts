import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, type StoredObject } from '../../api';
import { scaleOf, withScale } from './scale-subresource';
import { kubectlSession } from '../../testing/kubectl-session';

const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7', creationTimestamp: '2025-01-01T00:00:00Z', labels: { app: 'web' } },
  spec: { replicas: 2, selector: { matchLabels: { tier: 'front', app: 'web' } }, template: {} },
  status: { replicas: 1 },
} as unknown as StoredObject;

test('a workload is seen as an autoscaling/v1 Scale with its selector as text', () => {
  assert.deepEqual(scaleOf(DEPLOYMENT), {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name: 'web', namespace: 'default', uid: 'u1', resourceVersion: '7', creationTimestamp: '2025-01-01T00:00:00Z' },
    spec: { replicas: 2 },
    status: { replicas: 1, selector: 'app=web,tier=front' },
  });
  const rc = { kind: 'ReplicationController', metadata: { name: 'old' }, spec: { replicas: 3, selector: { app: 'old' } } } as unknown as StoredObject;
  assert.equal(scaleOf(rc).status.selector, 'app=old');
  const pod = { kind: 'Pod', metadata: { name: 'p' } } as unknown as StoredObject;
  assert.throws(() => scaleOf(pod), new ApiError('NotFound', 'the server could not find the requested resource'));
});

test('writing a Scale changes spec.replicas only, and refuses a negative count as ValidateScale does', () => {
  const next = withScale(DEPLOYMENT, { spec: { replicas: 5 } }) as unknown as { spec: { replicas: number; template: unknown }; metadata: unknown };
  assert.equal(next.spec.replicas, 5);
  assert.deepEqual(next.spec.template, {});
  assert.throws(() => withScale(DEPLOYMENT, { spec: { replicas: -1 } }), (e: ApiError) => e.message === 'Scale "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
});

test('kubectl patch --subresource=scale names the Scale it patched (kubernetes.io "update-api-object-kubectl-patch")', () => {
  const { cluster, run } = kubectlSession();
  run('kubectl create deployment nginx-deployment --image=nginx --replicas=2');
  const patch = run(`kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":3}}'`);
  assert.equal(patch.stdout, 'scale.autoscaling/nginx-deployment patched\n');
  assert.equal(run('kubectl get deployment nginx-deployment -o jsonpath={.spec.replicas}').stdout, '3');
  const again = run(`kubectl patch deployment nginx-deployment --subresource=scale --type=merge -p '{"spec":{"replicas":3}}'`);
  assert.equal(again.stdout, 'scale.autoscaling/nginx-deployment patched (no change)\n');
  const bad = run(`kubectl patch deployment nginx-deployment --subresource=spec -p '{}'`);
  assert.deepEqual([bad.exitCode, bad.stderr], [1, 'error: invalid subresource value: "spec". Must be one of [status scale]\n']);
});
