import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type KubeObject } from '../../api/object';
import { noResourcesMessage, printTable, printTables } from './table';

const now = Date.parse('2025-01-01T00:01:00Z');
const meta = (name: string, namespace?: string) => ({ name, namespace, creationTimestamp: '2025-01-01T00:00:00Z' });
const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('game', 'default'), data: { a: '1' } } as KubeObject;
const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: meta('shop'), status: { phase: 'Active' } } as KubeObject;

test('an empty list prints nothing; the caller reports it on stderr', () => {
  assert.equal(printTable('Pod', [], { now }), '');
  assert.equal(noResourcesMessage('default'), 'No resources found in default namespace.');
  assert.equal(noResourcesMessage(undefined), 'No resources found');
});

test('-A adds NAMESPACE only for namespaced kinds', () => {
  assert.equal(printTable('ConfigMap', [cm], { now, withNamespace: true }), 'NAMESPACE   NAME   DATA   AGE\ndefault     game   1      60s\n');
  assert.equal(printTable('Namespace', [ns], { now, withNamespace: true }), 'NAME   STATUS   AGE\nshop   Active   60s\n');
});

test('several kinds print kind/name tables separated by a blank line', () => {
  assert.equal(
    printTables([{ kind: 'ConfigMap', objects: [cm] }, { kind: 'Namespace', objects: [ns] }], { now }),
    'NAME             DATA   AGE\nconfigmap/game   1      60s\n\nNAME             STATUS   AGE\nnamespace/shop   Active   60s\n',
  );
});

test('a cell with a line break is cut and marked with ...', () => {
  const event = { apiVersion: 'v1', kind: 'Event', metadata: meta('e', 'default'), involvedObject: { kind: 'Pod', name: 'p' }, type: 'Normal', reason: 'R', message: 'first\nsecond', count: 1, lastTimestamp: '2025-01-01T00:00:00Z', firstTimestamp: '2025-01-01T00:00:00Z' } as KubeObject;
  assert.match(printTable('Event', [event], { now }), /pod\/p    first\.\.\.\n$/);
});
