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

test('mountpoints come from a layer shared by containers mounting the same paths, with the same listing', () => {
  const image = lookupImage('nginx:1.27.3');
  const mountpoints = [{ path: '/etc/hosts', dir: false }, { path: '/var/run/secrets/kubernetes.io/serviceaccount', dir: true }];
  const plain = createContainerRoot(image);
  for (const m of mountpoints) plain.mount(m.path, { node: m.dir ? { kind: 'dir', entries: new Map(), mode: 0o755, mtime: 0 } : { kind: 'file', content: '', mode: 0o644, mtime: 0 } });
  const a = createContainerRoot(image, { mountpoints });
  const b = createContainerRoot(image, { mountpoints });
  for (const dir of ['/etc', '/run', '/run/secrets', '/run/secrets/kubernetes.io']) {
    assert.deepEqual(a.readdir(dir), plain.readdir(dir));
    assert.deepEqual(a.stat(dir), plain.stat(dir));
  }
  assert.deepEqual(a.stat('/etc/hosts'), plain.lstat('/etc/hosts'));
  a.writeFile('/run/secrets/extra', 'x');
  assert.equal(b.exists('/run/secrets/extra'), false);
  assert.equal(createContainerRoot(image, { mountpoints }).exists('/run/secrets/extra'), false);
});

test('mountpoints nested in another mount or under /dev are created per container, as without a shared layer', () => {
  const image = lookupImage('busybox:1.36');
  const nested = [{ path: '/data', dir: true }, { path: '/data/sub', dir: true }, { path: '/dev/shm', dir: true }];
  const fs = createContainerRoot(image, { mountpoints: nested, now: () => 5000 });
  assert.equal(fs.exists('/data'), false);
  assert.equal(fs.stat('/dev').mtime, 5000);
  assert.deepEqual(fs.readdir('/dev'), ['null']);
});

test('/proc carries each container’s creation time and takes writes privately', () => {
  const image = lookupImage('busybox:1.36');
  const a = createContainerRoot(image, { now: () => 7000 });
  const b = createContainerRoot(image, { now: () => 9000 });
  assert.deepEqual(a.stat('/proc'), { kind: 'dir', mode: 0o755, size: 4096, mtime: 7000, uid: 0, gid: 0 });
  assert.equal(b.stat('/proc').mtime, 9000);
  a.writeFile('/proc/x', 'x');
  a.mkdir('/proc/d');
  assert.deepEqual(a.readdir('/proc'), ['d', 'x']);
  assert.deepEqual(b.readdir('/proc'), []);
  assert.deepEqual(createContainerRoot(image).readdir('/proc'), []);
});

test('mounts given with their mountpoints bind where VirtualFS.mount binds them, symlinks resolved', () => {
  const image = lookupImage('nginx:1.27.3');
  const file = (content: string) => ({ node: { kind: 'file' as const, content, mode: 0o644, mtime: 0 } });
  const token = { node: { kind: 'dir' as const, entries: new Map(), mode: 0o755, mtime: 0 } };
  const mounts = [
    { path: '/etc/hosts', source: file('hosts'), readOnly: false },
    { path: '/var/run/secrets/kubernetes.io/serviceaccount', source: token, readOnly: true },
    { path: '/etc/hosts', source: file('again'), readOnly: true },
  ];
  const plain = createContainerRoot(image);
  for (const m of mounts) plain.mount(m.path, m.source, { readOnly: m.readOnly });
  for (let i = 0; i < 2; i++) {
    const fs = createContainerRoot(image, { mounts });
    assert.deepEqual(fs.mounts(), plain.mounts());
    assert.equal(fs.readFile('/etc/hosts'), 'again');
    assert.throws(() => fs.writeFile('/run/secrets/kubernetes.io/serviceaccount/x', 'x'), /Read-only file system/);
  }
});

test('a read of the shared layer is remembered per layer, unless it went through a mount or the root was written', () => {
  const image = lookupImage('nginx:1.27.3');
  const memo = new WeakMap();
  let reads = 0;
  const read = (fs: ReturnType<typeof createContainerRoot>): string => {
    reads++;
    return fs.readdir('/etc/nginx/conf.d').map((name) => fs.readFile(`/etc/nginx/conf.d/${name}`)).join('|');
  };
  const mountpoints = [{ path: '/etc/hosts', dir: false }];
  const text = createContainerRoot(image, { mountpoints }).readLayer(memo, read);
  assert.equal(createContainerRoot(image, { mountpoints }).readLayer(memo, read), text);
  assert.equal(reads, 1);
  // Other mountpoints: another layer, read again (and remembered for it).
  const conf = { path: '/etc/nginx/conf.d/default.conf', dir: false };
  const mounted = (content: string) => createContainerRoot(image, { mounts: [{ path: conf.path, source: { node: { kind: 'file', content, mode: 0o644, mtime: 0 } }, readOnly: true }] });
  // A read through a mount is never remembered: each container sees its own volume.
  assert.equal(mounted('listen 81;').readLayer(memo, read), 'listen 81;');
  assert.equal(mounted('listen 82;').readLayer(memo, read), 'listen 82;');
  assert.equal(reads, 3);
  // A container that wrote has its own root: read, and what it wrote is seen.
  const written = createContainerRoot(image, { mountpoints });
  written.writeFile('/etc/nginx/conf.d/extra.conf', 'extra');
  assert.equal(written.readLayer(memo, read), `${text}|extra`);
  assert.equal(reads, 4);
  // The same layer with a mount added later is not the remembered one.
  const later = createContainerRoot(image, { mountpoints });
  later.mount('/etc/nginx/conf.d', { node: { kind: 'dir', entries: new Map(), mode: 0o755, mtime: 0 } });
  assert.equal(later.readLayer(memo, read), '');
  assert.equal(createContainerRoot(image, { mountpoints }).readLayer(memo, read), text);
  assert.equal(reads, 5);
});
