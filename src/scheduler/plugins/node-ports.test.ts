import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeInfoWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { nodePorts } from './node-ports';

const withPort = (name: string, hostPort: number, extra: object = {}) =>
  testPod(name, { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 80, hostPort, ...extra }] }] });

test('a free host port fits; a taken one is Unschedulable', () => {
  const node = nodeInfoWith(testNode('node-1'), [withPort('existing', 8080)]);
  assert.equal(runPlugin(nodePorts, withPort('a', 9090), node), undefined);
  assert.deepEqual(runPlugin(nodePorts, withPort('b', 8080), node), { code: 'Unschedulable', reasons: ["node(s) didn't have free ports for the requested pod ports"] });
});

test('the same port over another protocol does not conflict', () => {
  const node = nodeInfoWith(testNode('node-1'), [withPort('existing', 53)]);
  assert.equal(runPlugin(nodePorts, withPort('udp', 53, { protocol: 'UDP' }), node), undefined);
});

test('a specific hostIP conflicts with the wildcard address, not with another IP', () => {
  const node = nodeInfoWith(testNode('node-1'), [withPort('existing', 8080, { hostIP: '10.0.0.1' })]);
  assert.equal(runPlugin(nodePorts, withPort('other-ip', 8080, { hostIP: '10.0.0.2' }), node), undefined);
  assert.notEqual(runPlugin(nodePorts, withPort('wildcard', 8080), node), undefined);
});

test('pods without host ports skip the plugin', () => {
  assert.equal(runPlugin(nodePorts, testPod('web'), nodeInfoWith(testNode('node-1'))), undefined);
});
