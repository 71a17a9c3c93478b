import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContainerRoot, imageLayer } from './container-root';
import { lookupImage } from './lookup-image';

test('containers of one image share its layer and never see each other’s writes', () => {
  const image = lookupImage('nginx:1.27.3');
  const a = createContainerRoot(image);
  const b = createContainerRoot(image);
  a.writeFile('/etc/nginx/nginx.conf', 'changed', { append: true });
  a.writeFile('/usr/share/nginx/html/new.html', 'new');
  a.removeTree('/docker-entrypoint.d');
  a.mkdir('/etc/nginx/extra/deep', { recursive: true });
  a.chmod('/etc/nginx/conf.d/default.conf', 0o600);
  assert.match(a.readFile('/etc/nginx/nginx.conf'), /changed$/);
  assert.doesNotMatch(b.readFile('/etc/nginx/nginx.conf'), /changed$/);
  assert.equal(b.exists('/usr/share/nginx/html/new.html'), false);
  assert.equal(b.exists('/docker-entrypoint.d'), true);
  assert.equal(b.exists('/etc/nginx/extra'), false);
  assert.equal(b.stat('/etc/nginx/conf.d/default.conf').mode, 0o644);
  assert.equal(createContainerRoot(image).exists('/etc/nginx/extra'), false);
  assert.equal(imageLayer(image), imageLayer(lookupImage('nginx:1.27.3')));
});

test('a write through a symlink into the layer copies up the link’s target, not the link', () => {
  const image = lookupImage('nginx:1.27.3');
  const a = createContainerRoot(image);
  a.mkdir('/var/run/app', { recursive: true });
  assert.equal(a.lstat('/var/run').kind, 'symlink');
  assert.equal(a.stat('/run/app').kind, 'dir');
  assert.equal(createContainerRoot(image).exists('/run/app'), false);
});

test('the runtime adds /dev/null and /proc, stamped with the container’s creation time', () => {
  const fs = createContainerRoot(lookupImage('busybox'), { now: () => 42_000 });
  assert.equal(fs.stat('/dev/null').kind, 'device');
  assert.equal(fs.stat('/proc').mtime, 42_000);
  assert.equal(fs.stat('/tmp').mode, 0o1777);
});
