import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

test('rev reverses each line of its files in order, keeping the newlines (the docs\' Indexed Job worker)', () => {
  const container = new FakeContainer({ image: 'busybox' });
  container.fs.writeFile('/tmp/data.txt', 'qux\n');
  container.fs.writeFile('/tmp/two.txt', 'ab c\n\nxyz');
  const run = container.runScript('rev /tmp/data.txt /tmp/two.txt; echo; printf "foo\\nbar\\n" | rev');
  assert.equal(run.stdout, 'xuq\nc ba\n\nzyx\noof\nrab\n');
});

test('rev reports a missing file, goes on with the others and exits 1', () => {
  const container = new FakeContainer({ image: 'busybox' });
  container.fs.writeFile('/ok', 'hi\n');
  const run = container.runScript('rev /missing /ok; echo "exit $?"');
  assert.equal(run.stdout, 'ih\nexit 1\n');
  assert.equal(run.stderr, "rev: can't open '/missing': No such file or directory\n");
});
