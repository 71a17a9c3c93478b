import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Directory, VirtualFS } from './index';
import { setOwner, SET_GROUP_ID } from './ownership';

test("what a process creates is its user's and its primary group's; the image's own files stay root's", () => {
  const fs = new VirtualFS(Directory.fromFiles({ 'etc/passwd': 'root:x:0:0::/root:/bin/sh\n' }));
  fs.creator = { uid: 1000, gid: 3000 };
  fs.writeFile('/x', 'x');
  fs.mkdir('/d');
  fs.mkdir('/d/e/f', { recursive: true });
  assert.deepEqual([fs.stat('/x').uid, fs.stat('/x').gid], [1000, 3000]);
  assert.deepEqual([fs.stat('/d/e/f').uid, fs.stat('/d/e/f').gid], [1000, 3000]);
  assert.deepEqual([fs.stat('/etc/passwd').uid, fs.stat('/etc/passwd').gid], [0, 0]);
});

test('in a setgid directory new nodes take its group, and new subdirectories keep the bit (fsGroup volumes)', () => {
  const volume = new Directory();
  setOwner(volume.node, { uid: 0, gid: 2000 });
  volume.node.mode = 0o777 | SET_GROUP_ID;
  const fs = new VirtualFS();
  fs.mount('/data/demo', volume);
  fs.creator = { uid: 1000, gid: 3000 };
  fs.writeFile('/data/demo/testfile', 'hello\n');
  fs.mkdir('/data/demo/sub');
  assert.deepEqual([fs.stat('/data/demo/testfile').uid, fs.stat('/data/demo/testfile').gid], [1000, 2000]);
  assert.equal(fs.stat('/data/demo/sub').gid, 2000);
  assert.equal(fs.stat('/data/demo/sub').mode & SET_GROUP_ID, SET_GROUP_ID);
  assert.equal(fs.stat('/data/demo/testfile').mode, 0o644);
});
