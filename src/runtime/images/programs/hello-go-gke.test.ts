import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('hello-go-gke answers {"message":"Hello"} on 80 and serves health on 81', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-go-gke:1.0' });
  const run = container.run(container.spawn(), { untilMs: 5_000 });
  assert.equal(run.finalState.state, 'blocked');
  const reply = container.listeners.handleHttp(80, { target: '/' });
  assert.deepEqual(reply.kind === 'ok' && [reply.status, reply.headers, reply.body], [200, { 'Content-Type': 'text/plain; charset=utf-8' }, '{"message":"Hello"}\n']);
  const healthz = container.listeners.handleHttp(81, { target: '/healthz' });
  assert.deepEqual(healthz.kind === 'ok' && [healthz.status, healthz.body], [200, '']);
  const readiness = container.listeners.handleHttp(81, { target: '/readiness' });
  assert.equal(readiness.kind === 'ok' && readiness.status, 200);
  const other = container.listeners.handleHttp(81, { target: '/' });
  assert.deepEqual(other.kind === 'ok' && [other.status, other.body], [404, '404 page not found\n']);
});

test('hello-go-gke logs its three start-up lines to stderr, and its exit on SIGTERM', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-go-gke:1.0' });
  const run = container.run(container.spawn(), { signals: [{ atMs: 2_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, 0);
  assert.equal(run.stdout, '');
  assert.equal(
    run.stderr,
    '2025/01/01 00:00:00 Starting server...\n2025/01/01 00:00:00 Health service listening on 0.0.0.0:81\n2025/01/01 00:00:00 HTTP service listening on 0.0.0.0:80\n' +
      '2025/01/01 00:00:02 Captured terminated. Exiting...\n',
  );
  assert.equal(container.listeners.isListening(80), false);
});
