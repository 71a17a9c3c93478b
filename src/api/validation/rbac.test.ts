import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoleBinding } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

test('the pod-reader Role from the docs is valid; rules need verbs, groups and resources', () => {
  const role = manifest(`apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: pod-reader, namespace: default}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: [get, watch, list]`);
  assert.deepEqual(validateCreate(role), []);
  const bad = manifest(`apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: bad, namespace: default}\nrules:\n- resources: [pods]\n- nonResourceURLs: [/healthz]\n  verbs: [get]`);
  assert.deepEqual(rendered(validateCreate(bad)), [
    'rules[0].verbs: Required value: verbs must contain at least one value',
    'rules[0].apiGroups: Required value: resource rules must supply at least one api group',
    'rules[1].nonResourceURLs: Invalid value: []string{"/healthz"}: namespaced rules cannot apply to non-resource URLs',
  ]);
});

test('bindings: roleRef kinds, subjects, and an immutable roleRef', () => {
  const binding = manifest(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: read-secrets-global}
subjects:
- {kind: Group, name: manager, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: builder}
roleRef: {kind: Role, name: secret-reader, apiGroup: rbac.authorization.k8s.io}`);
  assert.deepEqual(rendered(validateCreate(binding)), [
    'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
    'subjects[1].namespace: Required value',
  ]);
  const rb = manifest<RoleBinding>(`apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: read-pods, namespace: default}\nsubjects: [{kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}]\nroleRef: {kind: Role, name: pod-reader, apiGroup: rbac.authorization.k8s.io}`);
  assert.deepEqual(validateCreate(rb), []);
  const changed = structuredClone(rb);
  changed.roleRef!.name = 'pod-writer';
  assert.deepEqual(rendered(validateUpdate(changed, rb)), [
    'roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"Role", Name:"pod-writer"}: cannot change roleRef',
  ]);
});
