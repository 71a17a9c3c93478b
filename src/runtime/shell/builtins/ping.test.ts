import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeNetwork } from '../../fake-network';
import { FakeContainer } from '../../testing';

const records = { 'example-job-0.headless-svc.default.svc.cluster.local': '10.244.0.5', 'web.default.svc.cluster.local': '10.96.0.20' };
const network = fakeNetwork({ records, pingable: ['10.244.0.5'] });

test('ping -c 1 a pod by its hostname.subdomain: one reply, statistics, exit 0', () => {
  const run = new FakeContainer({ image: 'bash', network }).runScript('ping -c 1 example-job-0.headless-svc');
  assert.equal(
    run.stdout,
    'PING example-job-0.headless-svc (10.244.0.5): 56 data bytes\n64 bytes from 10.244.0.5: seq=0 ttl=64 time=0.071 ms\n\n' +
      '--- example-job-0.headless-svc ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\nround-trip min/avg/max = 0.071/0.071/0.071 ms\n',
  );
  assert.equal(run.exitCode, 0);
});

test('a name DNS does not know yet fails at once with bad address', () => {
  const run = new FakeContainer({ image: 'bash', network }).runScript('ping -c 1 example-job-1.headless-svc');
  assert.equal(run.stderr, "ping: bad address 'example-job-1.headless-svc'\n");
  assert.equal(run.exitCode, 1);
  assert.ok(run.elapsedMs < 1_000);
});

test('a ClusterIP never replies: -c 2 waits a second between requests and 10s for the last, then exits 1', () => {
  const run = new FakeContainer({ image: 'busybox', network }).runScript('ping -c 2 web');
  assert.match(run.stdout, /2 packets transmitted, 0 packets received, 100% packet loss\n$/);
  assert.equal(run.exitCode, 1);
  assert.ok(run.elapsedMs >= 11_000 && run.elapsedMs < 11_100);
});

test('Debian-based images ship no ping', () => {
  const run = new FakeContainer({ image: 'nginx', network }).runScript('ping -c 1 example-job-0.headless-svc');
  assert.equal(run.exitCode, 127);
});
