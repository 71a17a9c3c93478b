import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../schemas';
import { validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const old = manifest<Pod>(`apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default, resourceVersion: "5"}
spec:
  containers:
  - name: app
    image: nginx:1.26
    ports: [{containerPort: 80}]
  tolerations: [{key: a, operator: Exists, effect: NoSchedule}]
`);
const edit = (change: (p: Pod) => void): Pod => {
  const copy = structuredClone(old);
  change(copy);
  return copy;
};

test('the image, a lower deadline and new tolerations may change', () => {
  const updated = edit((p) => {
    p.spec!.containers![0]!.image = 'nginx:1.27';
    p.spec!.activeDeadlineSeconds = 60;
    p.spec!.tolerations!.push({ key: 'b', operator: 'Exists' });
  });
  assert.deepEqual(validateUpdate(updated, old), []);
});

test('other changes are forbidden with the list of updatable fields and a diff', () => {
  const updated = edit((p) => (p.spec!.containers![0]!.ports = [{ containerPort: 8080 }]));
  const [error, ...rest] = rendered(validateUpdate(updated, old));
  assert.equal(rest.length, 0);
  assert.ok(
    error?.startsWith(
      'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n  core.PodSpec{\n',
    ),
    error,
  );
  assert.match(error ?? '', /^- \tContainers: .*"containerPort":80/m);
  assert.match(error ?? '', /^\+ \tContainers: .*"containerPort":8080/m);
});

test('containers may not be added or removed', () => {
  const updated = edit((p) => p.spec!.containers!.push({ name: 'side', image: 'busybox' }));
  assert.deepEqual(rendered(validateUpdate(updated, old)), ['spec.containers: Forbidden: pod updates may not add or remove containers']);
});

test('existing tolerations stay, activeDeadlineSeconds only goes down', () => {
  const removed = edit((p) => (p.spec!.tolerations = []));
  assert.deepEqual(rendered(validateUpdate(removed, old)), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']);
  const withDeadline = edit((p) => (p.spec!.activeDeadlineSeconds = 30));
  const raised = edit((p) => (p.spec!.activeDeadlineSeconds = 60));
  assert.deepEqual(rendered(validateUpdate(raised, withDeadline)), ['spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value']);
  assert.deepEqual(rendered(validateUpdate(old, withDeadline)), ['spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value']);
});
