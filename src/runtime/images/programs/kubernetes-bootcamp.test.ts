import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

const POD = 'kubernetes-bootcamp-5485cc6795-cdwz7';

function stdout(container: FakeContainer): string {
  return container.output.filter((line) => line.stream === 'stdout').map((line) => line.text).join('');
}

// The start line is 1 ms in: the time sh takes to start node.
test('bootcamp v1 logs its start once listening, answers v=1 with its pod name and logs each request', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/kubernetes-bootcamp:v1', hostname: POD });
  const run = container.run(container.spawn(), { untilMs: 1_500 });
  assert.equal(run.finalState.state, 'blocked');
  const reply = container.listeners.handleHttp(8080, { target: '/' });
  assert.deepEqual(reply.kind === 'ok' && [reply.status, reply.body], [200, `Hello Kubernetes bootcamp! | Running on: ${POD} | v=1\n`]);
  assert.equal(reply.kind === 'ok' && reply.headers['Content-Type'], 'text/plain');
  container.listeners.handleHttp(8080, { target: '/' });
  assert.equal(
    stdout(container),
    `Kubernetes Bootcamp App Started At: 2025-01-01T00:00:00.001Z | Running On:  ${POD} \n\n` +
      `Running On: ${POD} | Total Requests: 1 | App Uptime: 1.499 seconds | Log Time: 2025-01-01T00:00:01.500Z\n` +
      `Running On: ${POD} | Total Requests: 2 | App Uptime: 1.499 seconds | Log Time: 2025-01-01T00:00:01.500Z\n`,
  );
});

test('jocatalin/kubernetes-bootcamp:v2 answers v=2, and its server.js says so', () => {
  const container = new FakeContainer({ image: 'docker.io/jocatalin/kubernetes-bootcamp:v2', hostname: POD });
  container.run(container.spawn(), { untilMs: 10 });
  const reply = container.listeners.handleHttp(8080, { target: '/' });
  assert.equal(reply.kind === 'ok' && reply.body, `Hello Kubernetes bootcamp! | Running on: ${POD} | v=2\n`);
  assert.match(container.runScript('cat server.js').stdout, /response\.end\(" \| v=2\\n"\);\n/);
});

test('the image is node 6.3.1 with bash and curl, as the tutorial uses them; the server ignores SIGTERM until SIGKILL', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/kubernetes-bootcamp:v1', hostname: POD });
  const pid1 = container.spawn();
  container.run(pid1, { untilMs: 10 });
  assert.equal(container.runScript('node --version; printenv NPM_CONFIG_LOGLEVEL').stdout, 'v6.3.1\ninfo\n');
  // The fake container has one output for all its processes: the server's request log comes first.
  const curl = container.runScript('bash -c "curl -s localhost:8080"').stdout;
  assert.ok(curl.endsWith(`| Log Time: 2025-01-01T00:00:00.012Z\nHello Kubernetes bootcamp! | Running on: ${POD} | v=1\n`), curl);
  assert.equal(container.run(pid1, { untilMs: 30_000, signals: [{ atMs: 1_000, signal: 'SIGTERM' }] }).exitCode, undefined);
  assert.equal(container.run(pid1, { signals: [{ atMs: 30_000, signal: 'SIGKILL' }] }).exitCode, 137);
});

test('a second server in the pod fails on EADDRINUSE without logging a start', () => {
  const container = new FakeContainer({ image: 'gcr.io/google-samples/kubernetes-bootcamp:v1', hostname: POD });
  container.run(container.spawn(), { untilMs: 10 });
  const second = container.run(container.spawn(['node', 'server.js']));
  assert.equal(second.exitCode, 1);
  assert.match(second.stderr, /Error: listen EADDRINUSE :::8080\n$/);
  assert.equal(second.stdout, '');
});
