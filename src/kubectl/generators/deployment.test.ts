import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SeededRandom } from '../../clock';
import { containerNameFor } from './deployment';

test('container names keep the last path segment without tag or digest', () => {
  const random = new SeededRandom(7);
  assert.equal(containerNameFor('registry.k8s.io/pause:3.10', random), 'pause');
  assert.equal(containerNameFor('nginx@sha256:abc', random), 'nginx');
  assert.equal(containerNameFor('localhost:5000/team/api:v2', random), 'api');
});

test('names with dots or underscores are sanitized and made unique with a seeded suffix', () => {
  const name = containerNameFor('quay.io/my_org/web.app:1', new SeededRandom(7));
  assert.match(name, /^web-app-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  assert.equal(containerNameFor('quay.io/my_org/web.app:1', new SeededRandom(7)), name);
});
