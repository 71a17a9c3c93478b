import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, objectKey, type KubeObject } from '../api';
import { clusterRoleAggregationController } from './cluster-role-aggregation';

function role(name: string, labels: Record<string, string>, rules: unknown[], aggregate?: string): KubeObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name, labels, uid: name, creationTimestamp: '2025-01-01T00:00:00Z' },
    ...(aggregate ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [aggregate]: 'true' } }] } } : {}),
    rules,
  };
}

test('an aggregated role gets the union of the selected roles, in name order, without duplicates', () => {
  const store = new ObjectStore();
  const pods = { apiGroups: [''], resources: ['pods'], verbs: ['get'] };
  const nodes = { apiGroups: [''], resources: ['nodes'], verbs: ['list'] };
  store.put(role('monitoring', {}, [], 'agg'));
  store.put(role('b-nodes', { agg: 'true' }, [nodes, pods]));
  store.put(role('a-pods', { agg: 'true' }, [pods]));
  store.put(role('unrelated', {}, [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]));
  const actions = clusterRoleAggregationController.reconcile(objectKey('ClusterRole', undefined, 'monitoring'), { store, now: 0 });
  assert.equal(actions.length, 1);
  const action = actions[0]!;
  assert.equal(action.type, 'update');
  assert.deepEqual(action.type === 'update' ? action.object.rules : undefined, [pods, nodes]);
});

test('roles without an aggregationRule, or already up to date, are left alone', () => {
  const store = new ObjectStore();
  store.put(role('plain', {}, []));
  store.put(role('empty-union', {}, [], 'nothing-matches'));
  assert.deepEqual(clusterRoleAggregationController.reconcile(objectKey('ClusterRole', undefined, 'plain'), { store, now: 0 }), []);
  assert.deepEqual(clusterRoleAggregationController.reconcile(objectKey('ClusterRole', undefined, 'empty-union'), { store, now: 0 }), []);
});
