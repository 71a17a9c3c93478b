import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Directory, VirtualFS, FsError, newFile, sharedFile } from './index';

function rootWith(files: Record<string, string>): VirtualFS {
  return new VirtualFS(Directory.fromFiles(files));
}

test('reads, writes, appends and lists files', () => {
  const fs = rootWith({ 'etc/hostname': 'web\n' });
  assert.equal(fs.readFile('/etc/hostname'), 'web\n');
  fs.writeFile('/etc/motd', 'hi');
  fs.writeFile('/etc/motd', ' there', { append: true });
  assert.equal(fs.readFile('/etc/motd'), 'hi there');
  assert.deepEqual(fs.readdir('/etc'), ['hostname', 'motd']);
});

test('resolves .. and symlinks physically', () => {
  const fs = rootWith({ 'run/secret': 's' });
  fs.mkdir('/var');
  fs.symlink('../run', '/var/run');
  assert.equal(fs.readFile('/var/run/secret'), 's');
  assert.equal(fs.readFile('/var/run/../run/secret'), 's');
  assert.equal(fs.realpath('/var/run/secret'), '/run/secret');
  assert.equal(fs.lstat('/var/run').kind, 'symlink');
});

test('symlink loops fail with ELOOP', () => {
  const fs = rootWith({});
  fs.symlink('/b', '/a');
  fs.symlink('/a', '/b');
  assert.throws(() => fs.readFile('/a'), (e: unknown) => e instanceof FsError && e.code === 'ELOOP');
});

test('missing files and directories fail with ENOENT, directories with EISDIR', () => {
  const fs = rootWith({ 'a/b': '' });
  assert.throws(() => fs.readFile('/nope'), { code: 'ENOENT' });
  assert.throws(() => fs.writeFile('/no/such/file', 'x'), { code: 'ENOENT' });
  assert.throws(() => fs.readFile('/a'), { code: 'EISDIR' });
  assert.throws(() => fs.rmdir('/a'), { code: 'ENOTEMPTY' });
  fs.removeTree('/a');
  assert.equal(fs.exists('/a'), false);
});

test('two containers sharing an emptyDir see each other\'s writes', () => {
  const emptyDir = new Directory();
  const writer = rootWith({});
  const reader = rootWith({});
  writer.mount('/cache', emptyDir);
  reader.mount('/data/shared', emptyDir);
  writer.writeFile('/cache/index.html', 'shared');
  assert.equal(reader.readFile('/data/shared/index.html'), 'shared');
  assert.deepEqual(reader.readdir('/data'), ['shared']);
});

test('read-only mounts refuse writes with EROFS (Read-only file system)', () => {
  const config = Directory.fromFiles({ 'game.properties': 'lives=3' });
  const fs = rootWith({});
  fs.mount('/etc/config', config, { readOnly: true });
  assert.equal(fs.readFile('/etc/config/game.properties'), 'lives=3');
  assert.throws(() => fs.writeFile('/etc/config/x', ''), (e: unknown) => e instanceof FsError && e.message === 'Read-only file system');
  assert.throws(() => fs.unlink('/etc/config/game.properties'), { code: 'EROFS' });
  assert.throws(() => fs.removeTree('/etc/config'), { code: 'EROFS' });
  fs.writeFile('/etc/other', 'ok');
  fs.mount('/scratch', Directory.fromFiles({ f: '' }));
  assert.throws(() => fs.removeTree('/scratch'), { code: 'EBUSY' });
  assert.equal(fs.exists('/scratch'), true);
});

test('like mount(2) under runc, a directory does not mount onto a file nor a file onto a directory (ENOTDIR)', () => {
  const fs = rootWith({ 'etc/nginx/nginx.conf': 'events {}', 'usr/share/nginx/html/index.html': '' });
  assert.throws(() => fs.mount('/etc/nginx/nginx.conf', new Directory()), { code: 'ENOTDIR' });
  assert.throws(() => fs.mount('/usr/share/nginx/html', { node: newFile('') }), { code: 'ENOTDIR' });
  assert.equal(fs.readFile('/etc/nginx/nginx.conf'), 'events {}');
  fs.mount('/etc/nginx/nginx.conf', { node: newFile('worker_processes 1;') });
  assert.equal(fs.readFile('/etc/nginx/nginx.conf'), 'worker_processes 1;');
});

test('a read-only root filesystem still lets mounted volumes be written', () => {
  const fs = new VirtualFS(Directory.fromFiles({ 'etc/a': '' }), { readOnlyRoot: true });
  fs.mount('/tmp', new Directory());
  assert.throws(() => fs.writeFile('/etc/b', ''), { code: 'EROFS' });
  fs.writeFile('/tmp/ok', 'yes');
  assert.equal(fs.readFile('/tmp/ok'), 'yes');
});

test('mounts land on the physical path behind a symlink, and .. leaves a mount', () => {
  const fs = rootWith({ 'run/.keep': '' });
  fs.mkdir('/var');
  fs.symlink('/run', '/var/run');
  fs.mount('/var/run/secrets/kubernetes.io/serviceaccount', Directory.fromFiles({ namespace: 'default' }), { readOnly: true });
  assert.equal(fs.readFile('/run/secrets/kubernetes.io/serviceaccount/namespace'), 'default');
  assert.equal(fs.readFile('/var/run/secrets/kubernetes.io/serviceaccount/../serviceaccount/namespace'), 'default');
  assert.deepEqual(fs.readdir('/var/run/secrets/kubernetes.io/serviceaccount/..'), ['serviceaccount']);
});

test('subPath mounts a single file of a ConfigMap projection', () => {
  const projection = Directory.fromFiles({ 'nginx.conf': 'events {}' });
  const fs = rootWith({ 'etc/nginx/nginx.conf': 'original' });
  fs.mount('/etc/nginx/nginx.conf', projection.subPath('nginx.conf'), { readOnly: true });
  assert.equal(fs.readFile('/etc/nginx/nginx.conf'), 'events {}');
});

test('ConfigMap-style ..data symlinks resolve inside a mount', () => {
  const projection = new Directory();
  projection.writeFile('..2025_01_01_00_00_00.000000001/key', 'value');
  projection.symlink('..2025_01_01_00_00_00.000000001', '..data');
  projection.symlink('..data/key', 'key');
  const fs = rootWith({});
  fs.mount('/etc/config', projection, { readOnly: true });
  assert.equal(fs.readFile('/etc/config/key'), 'value');
});

test('rename across mounts fails with EXDEV; within a filesystem it moves', () => {
  const fs = rootWith({ 'a/f': '1' });
  fs.mount('/mnt', new Directory());
  fs.rename('/a/f', '/a/g');
  assert.equal(fs.readFile('/a/g'), '1');
  assert.throws(() => fs.rename('/a/g', '/mnt/g'), { code: 'EXDEV' });
});

test('/dev/null discards writes', () => {
  const fs = rootWith({ 'dev/.keep': '' });
  fs.mknod('/dev/null', 'null');
  fs.writeFile('/dev/null', 'gone');
  assert.equal(fs.readFile('/dev/null'), '');
});

test('a shared file mounted in two filesystems is copied up by the one that writes it', () => {
  const shared = sharedFile('nameserver 10.96.0.10\n');
  const [a, b] = [rootWith({ 'etc/hostname': 'a\n' }), rootWith({ 'etc/hostname': 'b\n' })];
  a.mount('/etc/resolv.conf', { node: shared });
  b.mount('/etc/resolv.conf', { node: shared });
  a.writeFile('/etc/resolv.conf', 'x', { append: true });
  a.chmod('/etc/resolv.conf', 0o600);
  assert.equal(a.readFile('/etc/resolv.conf'), 'nameserver 10.96.0.10\nx');
  assert.equal(a.stat('/etc/resolv.conf').mode, 0o600);
  assert.equal(b.readFile('/etc/resolv.conf'), 'nameserver 10.96.0.10\n');
  assert.equal(b.stat('/etc/resolv.conf').mode, 0o644);
  assert.equal(shared.content, 'nameserver 10.96.0.10\n');
  assert.deepEqual(a.mounts(), [{ path: '/etc/resolv.conf', readOnly: false }]);
});
