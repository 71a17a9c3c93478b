import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredObject } from '../../api';
import { sortObjectsBy } from './sort-by';

const object = (name: string, spec: unknown): StoredObject => ({ apiVersion: 'v1', kind: 'Thing', metadata: { name }, spec }) as unknown as StoredObject;
const names = (objects: readonly StoredObject[]) => objects.map((o) => o.metadata.name).join(' ');

test('numbers by value, quantities by value, other strings byte-wise, null before a value', () => {
  const numbers = [object('a', { n: 10 }), object('b', { n: 9 }), object('c', { n: -1 })];
  assert.equal(names(sortObjectsBy(numbers, '.spec.n', 'table')), 'c b a');
  const strings = [object('a', { q: '1Gi' }), object('b', { q: '1000Mi' }), object('c', { q: 'B' }), object('d', { q: 'A' })];
  assert.equal(names(sortObjectsBy(strings, 'spec.q', 'objects')), 'b a d c');
  const nulls = [object('a', { v: 'x' }), object('b', { v: null })];
  assert.equal(names(sortObjectsBy(nulls, '{.spec.v}', 'table')), 'b a');
});

test('values kubectl cannot order stop it with its message', () => {
  const booleans = [object('a', { b: true }), object('b', { b: false })];
  assert.throws(() => sortObjectsBy(booleans, '.spec.b', 'table'), { message: 'Field {.spec.b} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: bool' });
  const mixed = [object('a', { v: 1 }), object('b', { v: 1.5 })];
  assert.throws(() => sortObjectsBy(mixed, '.spec.v', 'objects'), { message: 'Field {.spec.v} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable interface: interface' });
});

test('the first result of a path with an index or a filter', () => {
  const pods = [object('a', { containers: [{ image: 'redis' }] }), object('b', { containers: [{ image: 'nginx' }, { image: 'zz' }] })];
  assert.equal(names(sortObjectsBy(pods, '.spec.containers[0].image', 'table')), 'b a');
  assert.equal(names(sortObjectsBy(pods, '.spec.containers[-1:].image', 'table')), 'a b');
});
