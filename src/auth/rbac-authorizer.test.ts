import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject } from '../api';
import { authorize } from './rbac-authorizer';
import { escalationError } from './escalation-check';
import { serviceAccountUser } from './user-info';

const alice = { username: 'alice', groups: ['system:authenticated'] };

function storeWith(...objects: KubeObject[]): ObjectStore {
  const store = new ObjectStore();
  for (const o of objects) store.put({ ...o, metadata: { uid: o.metadata.name, creationTimestamp: '2025-01-01T00:00:00Z', ...o.metadata } });
  return store;
}

const podReader: KubeObject = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { name: 'pod-reader', namespace: 'dev' },
  rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }, { apiGroups: [''], resources: ['configmaps'], resourceNames: ['app'], verbs: ['get'] }],
};

function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', roleKind: string, role: string, subject: Record<string, string>): KubeObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: { name: `${role}-binding`, ...(kind === 'RoleBinding' ? { namespace: 'dev' } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role },
    subjects: [subject],
  };
}

test('a RoleBinding grants its Role only in its namespace, and subresources must be listed', () => {
  const store = storeWith(podReader, binding('RoleBinding', 'Role', 'pod-reader', { kind: 'User', name: 'alice' }));
  assert.equal(authorize(store, alice, { verb: 'list', apiGroup: '', resource: 'pods', namespace: 'dev' }).allowed, true);
  assert.equal(authorize(store, alice, { verb: 'list', apiGroup: '', resource: 'pods', namespace: 'default' }).allowed, false);
  assert.equal(authorize(store, alice, { verb: 'get', apiGroup: '', resource: 'pods', subresource: 'log', name: 'web', namespace: 'dev' }).allowed, true);
  assert.equal(authorize(store, alice, { verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', name: 'web', namespace: 'dev' }).allowed, false);
  assert.equal(authorize(store, alice, { verb: 'delete', apiGroup: '', resource: 'pods', name: 'web', namespace: 'dev' }).allowed, false);
});

test('resourceNames match only requests that name the object', () => {
  const store = storeWith(podReader, binding('RoleBinding', 'Role', 'pod-reader', { kind: 'User', name: 'alice' }));
  assert.equal(authorize(store, alice, { verb: 'get', apiGroup: '', resource: 'configmaps', name: 'app', namespace: 'dev' }).allowed, true);
  assert.equal(authorize(store, alice, { verb: 'get', apiGroup: '', resource: 'configmaps', name: 'other', namespace: 'dev' }).allowed, false);
  assert.equal(authorize(store, alice, { verb: 'list', apiGroup: '', resource: 'configmaps', namespace: 'dev' }).allowed, false);
});

test('ServiceAccount subjects match system:serviceaccount:<ns>:<name>; a missing role is a reason', () => {
  const store = storeWith(binding('RoleBinding', 'Role', 'missing', { kind: 'ServiceAccount', name: 'bot' }));
  const decision = authorize(store, serviceAccountUser('dev', 'bot'), { verb: 'get', apiGroup: '', resource: 'pods', namespace: 'dev' });
  assert.deepEqual(decision, { allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "missing" not found' });
});

test('wildcards: * covers subresources, */scale any scale subresource, and system:masters is always allowed', () => {
  const role: KubeObject = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'scaler' }, rules: [{ apiGroups: ['*'], resources: ['*/scale'], verbs: ['*'] }] };
  const store = storeWith(role, binding('ClusterRoleBinding', 'ClusterRole', 'scaler', { kind: 'Group', name: 'ops' }));
  const ops = { username: 'bob', groups: ['ops'] };
  assert.equal(authorize(store, ops, { verb: 'update', apiGroup: 'apps', resource: 'deployments', subresource: 'scale', name: 'web', namespace: 'x' }).allowed, true);
  assert.equal(authorize(store, ops, { verb: 'update', apiGroup: 'apps', resource: 'deployments', name: 'web', namespace: 'x' }).allowed, false);
  assert.equal(authorize(store, { username: 'root', groups: ['system:masters'] }, { verb: 'delete', apiGroup: '', resource: 'nodes' }).allowed, true);
});

test('escalation: the missing rules are compacted, sorted and quoted like CompactString', () => {
  const store = storeWith(podReader, binding('RoleBinding', 'Role', 'pod-reader', { kind: 'User', name: 'alice' }));
  const message = escalationError(store, alice, 'dev', [{ apiGroups: [''], resources: ['pods', 'secrets'], verbs: ['get', 'list', 'watch'] }]);
  assert.equal(
    message,
    'user "alice" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n' +
      '{APIGroups:[""], Resources:["pods"], Verbs:["watch"]}\n' +
      '{APIGroups:[""], Resources:["secrets"], Verbs:["get" "list" "watch"]}',
  );
  assert.equal(escalationError(store, alice, 'dev', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]), undefined);
});
