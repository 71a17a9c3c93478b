import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';
import { listenPorts } from './etcd';

const GRPC_LIVENESS_COMMAND = ['/usr/local/bin/etcd', '--data-dir', '/var/lib/etcd', '--listen-client-urls', 'http://0.0.0.0:2379', '--advertise-client-urls', 'http://127.0.0.1:2379', '--log-level', 'debug'];

test('etcd answers the gRPC health check as SERVING on its client port, and logs nothing', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.1-0' });
  const run = container.run(container.spawn(GRPC_LIVENESS_COMMAND), { untilMs: 60_000 });
  assert.equal(run.finalState.state, 'blocked');
  assert.deepEqual(run.output, []);
  const health = container.listeners.handleHttp(2379, { method: 'POST', target: '/grpc.health.v1.Health/Check' });
  assert.deepEqual(health.kind === 'ok' && [health.status, health.headers], [200, { 'Content-Type': 'application/grpc' }]);
  assert.equal(container.listeners.isListening(2380), true, 'the default peer URL');
});

test('etcd serves /version, /health and 404 over HTTP on the client port', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.1-0' });
  container.run(container.spawn(['etcd']), { untilMs: 10 });
  const version = container.listeners.handleHttp(2379, { target: '/version' });
  assert.deepEqual(version.kind === 'ok' && [version.status, version.body], [200, '{"etcdserver":"3.5.1","etcdcluster":"3.5.0"}']);
  const health = container.listeners.handleHttp(2379, { target: '/health' });
  assert.equal(health.kind === 'ok' && health.body, '{"health":"true","reason":""}');
  const other = container.listeners.handleHttp(2379, { target: '/v2/keys' });
  assert.deepEqual(other.kind === 'ok' && [other.status, other.body], [404, '404 page not found\n']);
  const getHealthCheck = container.listeners.handleHttp(2379, { target: '/grpc.health.v1.Health/Check' });
  assert.equal(getHealthCheck.kind === 'ok' && getHealthCheck.status, 404, 'gRPC calls are POSTs');
});

test('etcd as PID 1 exits 0 on SIGTERM', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.16-0' });
  const run = container.run(container.spawn(GRPC_LIVENESS_COMMAND), { signals: [{ atMs: 5_000, signal: 'SIGTERM' }] });
  assert.deepEqual([run.exitCode, run.elapsedMs], [0, 5_000]);
  assert.equal(container.listeners.isListening(2379), false);
});

test('listen URLs: every port of the list, or the default when the flag is absent', () => {
  assert.deepEqual(listenPorts('http://0.0.0.0:2379,http://127.0.0.1:4001', 2379), [2379, 4001]);
  assert.deepEqual(listenPorts(undefined, 2380), [2380]);
  const container = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.1-0' });
  container.run(container.spawn(['etcd', '--listen-client-urls=http://0.0.0.0:12379', '--listen-peer-urls', 'http://0.0.0.0:12380']), { untilMs: 10 });
  assert.deepEqual(container.listeners.ports().map((socket) => socket.port), [12379, 12380]);
});

test('the etcd image has bash-static for a shell, with its builtins but no userland', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.1-0' });
  const echo = container.runScript('echo hi; test -d /tmp && printf "%s\\n" ok');
  assert.deepEqual([echo.exitCode, echo.stdout], [0, 'hi\nok\n']);
  const ls = new FakeContainer({ image: 'registry.k8s.io/etcd:3.5.1-0' }).runScript('ls /');
  assert.equal(ls.exitCode, 127);
});
