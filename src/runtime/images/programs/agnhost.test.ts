import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

function netexecStderr(tag: string, ...flags: string[]): { stderr: string; container: FakeContainer } {
  const container = new FakeContainer({ image: `registry.k8s.io/e2e-test-images/agnhost:${tag}` });
  container.run(container.spawn(['/agnhost', 'netexec', '--http-port=8080', ...flags]), { untilMs: 10 });
  const stderr = container.output.filter((line) => line.stream === 'stderr').map((line) => line.text).join('');
  return { stderr, container };
}

test('agnhost 2.39 netexec logs through klog, as the hello-minikube tutorial shows, and binds UDP 8081', () => {
  const { stderr, container } = netexecStderr('2.39');
  assert.equal(
    stderr,
    'I0101 00:00:00.000000       1 log.go:195] Started HTTP server on port 8080\n' +
      'I0101 00:00:00.000000       1 log.go:195] Started UDP server on port  8081\n',
  );
  assert.equal(container.listeners.isListening(8081, 'UDP'), true);
  assert.equal(container.listeners.isListening(8081, 'TCP'), false);
});

test('agnhost 2.53 names Go 1.21 log.go line 245; requests log as klog lines too', () => {
  const { container } = netexecStderr('2.53');
  container.listeners.handleHttp(8080, { target: '/hostname' });
  const stderr = container.output.map((line) => line.text).join('');
  assert.match(stderr, /^I0101 00:00:00\.000000 {7}1 log\.go:245\] Started HTTP server on port 8080\n/);
  assert.match(stderr, /log\.go:245\] GET \/hostname\n$/);
});

test('agnhost before the klog redirect logs in Go std-log format', () => {
  const { stderr } = netexecStderr('2.33');
  assert.equal(stderr, '2025/01/01 00:00:00 Started HTTP server on port 8080\n2025/01/01 00:00:00 Started UDP server on port  8081\n');
});

test('netexec --udp-port=-1 starts no UDP server, so /healthz answers 412', () => {
  const { stderr, container } = netexecStderr('2.53', '--udp-port=-1');
  assert.doesNotMatch(stderr, /UDP/);
  assert.equal(container.listeners.isListening(8081, 'UDP'), false);
  const healthz = container.listeners.handleHttp(8080, { target: '/healthz' });
  assert.equal(healthz.kind === 'ok' && healthz.status, 412);
  const ready = netexecStderr('2.53').container.listeners.handleHttp(8080, { target: '/healthz' });
  assert.equal(ready.kind === 'ok' && ready.status, 200);
});
