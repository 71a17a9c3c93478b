import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject } from '../../../api';
import { KubectlError } from '../../errors';
import { statusViewerFor } from './status-viewers';

function deployment(status: Record<string, unknown>, generation = 2): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', generation, annotations: { 'deployment.kubernetes.io/revision': '2' } }, spec: { replicas: 3 }, status };
}

const view = (obj: KubeObject, revision = 0) => statusViewerFor(obj.kind)!(obj, revision);

test('deployment rollout status lines, first matching case wins (rollout_status.go)', () => {
  assert.equal(view(deployment({ observedGeneration: 1 })).message, 'Waiting for deployment spec update to be observed...\n');
  assert.equal(view(deployment({ observedGeneration: 2, updatedReplicas: 1, replicas: 4 })).message, 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n');
  assert.equal(view(deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 4 })).message, 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n');
  assert.equal(view(deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 })).message, 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n');
  assert.deepEqual(view(deployment({ observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 3 })), { message: 'deployment "web" successfully rolled out\n', done: true });
});

test('a deadline exceeded and a revision mismatch are errors', () => {
  const stuck = deployment({ observedGeneration: 2, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] });
  assert.throws(() => view(stuck), (e: unknown) => e instanceof KubectlError && e.message === 'error: deployment "web" exceeded its progress deadline');
  assert.throws(() => view(deployment({ observedGeneration: 2 }), 1), (e: unknown) => e instanceof KubectlError && e.message === 'error: desired revision (1) is different from the running revision (2)');
});

test('statefulset partitioned rollout and OnDelete', () => {
  const sts = (spec: Record<string, unknown>, status: Record<string, unknown>): KubeObject => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', generation: 1 }, spec, status });
  const rolling = { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } };
  assert.equal(view(sts(rolling, { observedGeneration: 1, readyReplicas: 1 })).message, 'Waiting for 2 pods to be ready...\n');
  assert.equal(view(sts(rolling, { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1 })).message, 'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...\n');
  assert.equal(view(sts(rolling, { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 2 })).message, 'partitioned roll out complete: 2 new pods have been updated...\n');
  assert.throws(() => view(sts({ updateStrategy: { type: 'OnDelete' } }, {})), /rollout status is only available for RollingUpdate strategy type/);
});

test('kinds without a status viewer', () => {
  assert.equal(statusViewerFor('ReplicaSet'), undefined);
});
