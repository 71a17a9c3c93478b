import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('hello-app:2.0 answers every path with its version and hostname on $PORT, logging each request', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-app:2.0', hostname: 'web2-abc' });
  const run = container.run(container.spawn(), { untilMs: 1_000 });
  assert.equal(run.finalState.state, 'blocked');
  const reply = container.listeners.handleHttp(8080, { target: '/v2' });
  assert.deepEqual(reply.kind === 'ok' && [reply.status, reply.body], [200, 'Hello, world!\nVersion: 2.0.0\nHostname: web2-abc\n']);
  const stderr = container.output.filter((line) => line.stream === 'stderr').map((line) => line.text).join('');
  assert.equal(stderr, '2025/01/01 00:00:00 Server listening on port 8080\n2025/01/01 00:00:01 Serving request: /v2\n');
});

test('hello-app is Alpine: printenv shows the image PORT beside the container env; SIGTERM as PID 1 exits 2', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-app:1.0', env: { DEMO_GREETING: 'Hello from the environment' } });
  const printenv = container.run(container.spawn(['printenv']));
  assert.match(printenv.stdout, /^PATH=.*\nHOSTNAME=test-pod\nPORT=8080\nDEMO_GREETING=Hello from the environment\n/);
  const server = new FakeContainer({ image: 'gcr.io/google-samples/hello-app:1.0' });
  assert.equal(server.run(server.spawn(), { signals: [{ atMs: 1_000, signal: 'SIGTERM' }] }).exitCode, 2);
});
