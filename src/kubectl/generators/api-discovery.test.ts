import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiResourceMapper } from './api-discovery';

test('resourceFor resolves plurals, singulars, short names and groups like kubectl discovery', () => {
  const mapper = apiResourceMapper();
  assert.deepEqual(mapper.resourceFor('pods', ''), { resource: 'pods', group: '' });
  assert.deepEqual(mapper.resourceFor('Deployment', ''), { resource: 'deployments', group: 'apps' });
  assert.deepEqual(mapper.resourceFor('rs', 'apps'), { resource: 'replicasets', group: 'apps' });
  assert.deepEqual(mapper.resourceFor('events', ''), { resource: 'events', group: '' });
  assert.deepEqual(mapper.resourceFor('events', 'events.k8s.io'), { resource: 'events', group: 'events.k8s.io' });
  assert.equal(mapper.resourceFor('deployments', 'batch'), undefined);
  assert.equal(mapper.resourceFor('widgets', ''), undefined);
});
