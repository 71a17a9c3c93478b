import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('hostname -f prints the FQDN the kubelet puts first in /etc/hosts for a pod with a subdomain', () => {
  // The docs' busybox1: hostname busybox-1, subdomain default-subdomain.
  const container = new FakeContainer({ image: 'busybox:1.28', hostname: 'busybox-1' });
  container.fs.writeFile('/etc/hosts', '127.0.0.1\tlocalhost\n10.244.0.2\tbusybox-1.default-subdomain.default.svc.cluster.local\tbusybox-1\n');
  const run = container.runScript('hostname; hostname -f; hostname -s; hostname -d; hostname -i');
  assert.equal(run.stdout, 'busybox-1\nbusybox-1.default-subdomain.default.svc.cluster.local\nbusybox-1\ndefault-subdomain.default.svc.cluster.local\n10.244.0.2\n');
});

test('without a subdomain hostname -f is the plain hostname and -d prints nothing', () => {
  const run = new FakeContainer({ hostname: 'web' }).runScript('hostname -f; hostname -d; echo end');
  assert.equal(run.stdout, 'web\nend\n');
});
