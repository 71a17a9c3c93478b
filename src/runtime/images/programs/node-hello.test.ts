import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('node-hello runs `node server.js` under sh and answers Hello Kubernetes! on 8080, logging nothing', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/node-hello:1.0' });
  const run = container.run(container.spawn(), { untilMs: 1_000 });
  assert.equal(run.finalState.state, 'blocked');
  const reply = container.listeners.handleHttp(8080, { target: '/any/path?x=1' });
  assert.deepEqual(reply.kind === 'ok' && [reply.status, reply.body], [200, 'Hello Kubernetes!']);
  assert.deepEqual(reply.kind === 'ok' && reply.headers, { Date: 'Wed, 01 Jan 2025 00:00:01 GMT', Connection: 'keep-alive', 'Transfer-Encoding': 'chunked' });
  assert.deepEqual(container.output, []);
});

test('node-hello ignores SIGTERM: only the grace period SIGKILL stops it', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/node-hello:1.0' });
  const pid1 = container.spawn();
  const run = container.run(pid1, { untilMs: 30_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, undefined);
  assert.equal(container.listeners.isListening(8080), true);
  const killed = container.run(pid1, { signals: [{ atMs: 30_000, signal: 'SIGKILL' }] });
  assert.equal(killed.exitCode, 137);
  assert.equal(container.listeners.isListening(8080), false);
});

test('node-hello listens on $PORT; other scripts are not in the image; node --version is 4.4.2', () => {
  const onPort = new FakeContainer({ image: 'gcr.io/google-samples/node-hello:1.0', env: { PORT: '9000' } });
  onPort.run(onPort.spawn(), { untilMs: 10 });
  assert.equal(onPort.listeners.isListening(9000), true);
  assert.equal(onPort.listeners.isListening(8080), false);
  const missing = new FakeContainer({ image: 'gcr.io/google-samples/node-hello:1.0' });
  const failed = missing.run(missing.spawn(['node', 'app.js']));
  assert.deepEqual([failed.exitCode, failed.stderr], [1, "Error: Cannot find module '/app.js'\n"]);
  assert.equal(missing.runScript('node --version; printenv NPM_CONFIG_LOGLEVEL; cat /etc/debian_version').stdout, 'v4.4.2\ninfo\n8.4\n');
});

test('a second node-hello in the pod fails as Node 4 does on EADDRINUSE', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/node-hello:1.0' });
  container.run(container.spawn(), { untilMs: 10 });
  const second = container.run(container.spawn(['node', '/server.js']));
  assert.equal(second.exitCode, 1);
  assert.match(second.stderr, /Error: listen EADDRINUSE :::8080\n$/);
});
