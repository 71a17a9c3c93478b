import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Directory, DirectoryRoot, VirtualFS } from './index';
import { isLowerLayer, newFile } from './node';

test('a DirectoryRoot is its own root node, and mounts like a Directory', () => {
  const dir = new DirectoryRoot();
  assert.equal(dir.node, dir);
  assert.ok(dir instanceof Directory, 'code that reads a node root as a Directory still can');
  dir.writeFile('conf/app.properties', 'a=1');
  const fs = new VirtualFS();
  fs.mount('/etc/config', dir, { readOnly: true });
  assert.equal(fs.readFile('/etc/config/conf/app.properties'), 'a=1');
  assert.deepEqual(fs.readdir('/etc/config'), ['conf']);
  assert.throws(() => fs.writeFile('/etc/config/x', ''), /Read-only file system/);
});

test('trees holding the same top-level text share one sealed node; a write through a mount copies it up', () => {
  const one = new DirectoryRoot();
  const two = new DirectoryRoot();
  one.writeFile('namespace', 'default');
  two.writeFile('namespace', 'default');
  assert.equal(one.entries.get('namespace'), two.entries.get('namespace'));
  const fs = new VirtualFS();
  fs.mount('/data', one);
  fs.writeFile('/data/namespace', 'changed', { append: true });
  fs.chmod('/data/namespace', 0o600);
  assert.equal(fs.readFile('/data/namespace'), 'defaultchanged');
  assert.equal(two.readFile('namespace'), 'default');
  assert.equal(new VirtualFS({ node: two }).stat('/namespace').mode, 0o644);
  const mtime = new VirtualFS({ node: two }).stat('/namespace').mtime;
  assert.equal(mtime, 0);
});

test('a subPath mount of a shared file binds a private copy, so writes to it stay in its tree', () => {
  const one = new DirectoryRoot();
  const two = new DirectoryRoot();
  one.writeFile('motd', 'hello');
  two.writeFile('motd', 'hello');
  const source = one.subPath('motd');
  assert.ok(!isLowerLayer(source.node));
  assert.equal(one.entries.get('motd'), source.node);
  const fs = new VirtualFS();
  fs.mount('/etc/motd', source);
  fs.writeFile('/etc/motd', 'bye');
  assert.equal(one.readFile('motd'), 'bye');
  assert.equal(two.readFile('motd'), 'hello');
});

test('a file with a mode of its own, or nested, is a node of its own', () => {
  const one = new DirectoryRoot();
  const two = new DirectoryRoot();
  for (const dir of [one, two]) {
    dir.writeFile('key', 'secret', 0o400);
    dir.writeFile('conf/a', 'x');
  }
  assert.notEqual(one.entries.get('key'), two.entries.get('key'));
  assert.equal(new VirtualFS({ node: one }).stat('/key').mode, 0o400);
  assert.equal(one.readFile('conf/a'), 'x');
  assert.notEqual(one.entries.get('conf'), two.entries.get('conf'));
});

test('a deferred file is read once, on first read, and a write replaces it', () => {
  let reads = 0;
  const file = newFile({ read: () => `token-${++reads}` });
  assert.equal(reads, 0);
  assert.equal(file.content, 'token-1');
  assert.equal(file.content, 'token-1');
  file.content = 'written';
  assert.equal(file.content, 'written');
  assert.equal(reads, 1);
});
