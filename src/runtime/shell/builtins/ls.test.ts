import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('ls -R heads each directory with its path and descends depth first, not through symlinks', () => {
  const result = new FakeContainer().runScript('mkdir -p /tmp/a/b/c && touch /tmp/a/f /tmp/a/b/g && ln -s /tmp/a/b /tmp/a/link && ls -R /tmp/a');
  assert.equal(result.stdout, '/tmp/a:\nb\nf\nlink\n\n/tmp/a/b:\nc\ng\n\n/tmp/a/b/c:\n');
});

test('ls -aR lists . and .. in each section but does not enter them; a relative operand heads as given', () => {
  const result = new FakeContainer().runScript('mkdir -p /tmp/d/sub && cd /tmp && ls -aR d/');
  assert.equal(result.stdout, 'd/:\n.\n..\nsub\n\nd/sub:\n.\n..\n');
});

test('without -R a single directory has no heading', () => {
  assert.equal(new FakeContainer().runScript('mkdir -p /tmp/d/sub && ls /tmp/d').stdout, 'sub\n');
});
