import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const template = `  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: nginx}]`;

test('ReplicationController: selector defaulted from labels is valid; restartPolicy must be Always', () => {
  const rc = manifest(`apiVersion: v1\nkind: ReplicationController\nmetadata: {name: web, namespace: default}\nspec:\n  replicas: 2\n  selector: {app: web}\n${template}`);
  assert.deepEqual(validateCreate(rc), []);
  (rc.spec as { template: { spec: { restartPolicy: string } } }).template.spec.restartPolicy = 'OnFailure';
  assert.deepEqual(rendered(validateCreate(rc)), ['spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']);
});

test('ReplicaSet: mismatch and the "deployment" wording of an empty selector', () => {
  const rs = manifest(`apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web, namespace: default}\nspec:\n  selector: {matchLabels: {app: api}}\n${template}`);
  assert.deepEqual(rendered(validateCreate(rs)), [
    'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
  ]);
  (rs.spec as { selector: unknown }).selector = { matchLabels: {} };
  assert.deepEqual(rendered(validateCreate(rs)), [
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
  ]);
});

test('DaemonSet: empty selector, both rolling-update knobs zero, immutable selector', () => {
  const ds = manifest(
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: default}\nspec:\n  selector: {matchLabels: {app: web}}\n  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 0}}\n${template}`,
  );
  assert.deepEqual(rendered(validateCreate(ds)), ['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0']);
  const fixed = structuredClone(ds);
  (fixed.spec as { updateStrategy: unknown }).updateStrategy = { type: 'OnDelete' };
  assert.deepEqual(validateCreate(fixed), []);
  const moved = structuredClone(fixed);
  (moved.spec as { selector: unknown }).selector = { matchLabels: { app: 'web', tier: 'x' } };
  assert.deepEqual(rendered(validateUpdate(moved, fixed)), [
    'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"x"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
  ]);
});

test('StatefulSet: valid docs object, name must be a DNS label, only some fields may change', () => {
  const sts = manifest(
    `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web, namespace: default}\nspec:\n  serviceName: nginx\n  replicas: 3\n  selector: {matchLabels: {app: web}}\n${template}\n  volumeClaimTemplates:\n  - metadata: {name: www}\n    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}`,
  );
  assert.deepEqual(validateCreate(sts), []);
  const scaled = structuredClone(sts);
  (scaled.spec as { replicas: number }).replicas = 5;
  assert.deepEqual(validateUpdate(scaled, sts), []);
  const renamed = structuredClone(sts);
  (renamed.spec as { serviceName: string }).serviceName = 'other';
  assert.deepEqual(rendered(validateUpdate(renamed, sts)), [
    "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
  ]);
  const dotted = structuredClone(sts);
  dotted.metadata.name = 'web.v1';
  assert.deepEqual(rendered(validateCreate(dotted)), ['metadata.name: Invalid value: "web.v1": must not contain dots']);
});
