import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import type { ConfigMap } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const configMap = (body: string): ConfigMap => manifest<ConfigMap>(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: game-demo, namespace: default}\n${body}`);

test('the game-demo ConfigMap from the docs is valid', () => {
  assert.deepEqual(validateCreate(configMap('data:\n  player_initial_lives: "3"\n  game.properties: |\n    enemy.types=aliens,monsters\n')), []);
});

test('an invalid key, with the doubled spaces of the examples', () => {
  assert.deepEqual(rendered(validateCreate(configMap('data: {"bad key": x}'))), [
    `data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
  ]);
  assert.deepEqual(rendered(validateCreate(configMap('data: {"..x": y}'))), [`data[..x]: Invalid value: "..x": must not start with '..'`]);
});

test('a key in both data and binaryData; more than 1 MiB in total', () => {
  assert.deepEqual(rendered(validateCreate(configMap('data: {k: a}\nbinaryData: {k: YQ==}'))), ['data[k]: Invalid value: "k": duplicate of key present in binaryData']);
  const big = configMap('data: {}');
  big.data = { a: 'x'.repeat(1024 * 1024), b: 'y' };
  assert.equal(ApiError.invalid('ConfigMap', 'game-demo', validateCreate(big)).message, 'ConfigMap "game-demo" is invalid: []: Too long: may not be more than 1048576 bytes');
});

test('an immutable ConfigMap keeps its data and flag', () => {
  const old = configMap('immutable: true\ndata: {a: "1"}');
  assert.deepEqual(rendered(validateUpdate(configMap('immutable: true\ndata: {a: "2"}'), old)), ['data: Forbidden: field is immutable when `immutable` is set']);
  assert.deepEqual(rendered(validateUpdate(configMap('immutable: false\ndata: {a: "1"}'), old)), ['immutable: Forbidden: field is immutable when `immutable` is set']);
  const relabelled = configMap('immutable: true\ndata: {a: "1"}');
  relabelled.metadata.labels = { tier: 'x' };
  assert.deepEqual(validateUpdate(relabelled, old), []);
});
