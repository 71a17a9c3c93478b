import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Pod } from '../../api/schemas';
import { DirectoryRoot, ownerOf, sharedFile, type MountSource } from '../../runtime';
import type { PodVolume } from '../../storage';
import { prepareVolumeOwnership } from './volume-ownership';

function volumeOf(name: string, dir: DirectoryRoot): PodVolume<MountSource> {
  return { name, readOnly: false, mountSource: () => dir };
}

function pod(securityContext?: object): Pod {
  return { metadata: { name: 'p' }, spec: { containers: [], volumes: [{ name: 'sec-ctx-vol', emptyDir: {} }], ...(securityContext ? { securityContext } : {}) } } as Pod;
}

test('an emptyDir is drwxrwxrwx, root-owned, without fsGroup', () => {
  const dir = new DirectoryRoot();
  prepareVolumeOwnership(pod(), new Map([['sec-ctx-vol', volumeOf('sec-ctx-vol', dir)]]));
  assert.equal(dir.mode, 0o777);
  assert.deepEqual(ownerOf(dir), { uid: 0, gid: 0 });
});

test("with fsGroup 2000 the docs' emptyDir is drwxrwsrwx root 2000, and what it holds joins the group", () => {
  const dir = new DirectoryRoot();
  dir.writeFile('old', 'x', 0o600);
  dir.writeFile('shared', 'x');
  prepareVolumeOwnership(pod({ runAsUser: 1000, fsGroup: 2000 }), new Map([['sec-ctx-vol', volumeOf('sec-ctx-vol', dir)]]));
  assert.equal(dir.mode, 0o2777);
  assert.deepEqual(ownerOf(dir), { uid: 0, gid: 2000 });
  const old = dir.entries.get('old')!;
  assert.equal(ownerOf(old).gid, 2000);
  assert.equal(old.kind === 'file' && old.mode, 0o660);
  // A shared (sealed) file node is copied up, never changed in place for every volume that holds it.
  assert.notEqual(dir.entries.get('shared'), sharedFile('x'));
  assert.equal(ownerOf(sharedFile('x')).gid, 0);
  assert.equal(sharedFile('x').mode, 0o644);
});
