import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, inShard, parseShard } from './stable-shard';
import { UsageError } from './usage-error';

test('FNV-1a matches the published test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('every scenario lands in exactly one shard, the same one on every call, spread roughly evenly', () => {
  const shards = [1, 2, 3, 4].map((index) => ({ index, total: 4 }));
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 400; i++) {
    const owners = shards.filter((s) => inShard(`features/topic-${i % 7}.feature`, `scenario ${i}`, s));
    assert.equal(owners.length, 1);
    assert.equal(inShard(`features/topic-${i % 7}.feature`, `scenario ${i}`, owners[0]!), true);
    counts[owners[0]!.index - 1]!++;
  }
  assert.ok(counts.every((n) => n > 60 && n < 140), `uneven shards: ${counts.join(', ')}`);
});

test('Windows separators hash like POSIX ones', () => {
  const shard = { index: 1, total: 3 };
  assert.equal(inShard('features\\a\\b.feature', 'x', shard), inShard('features/a/b.feature', 'x', shard));
});

test('--shard accepts INDEX/TOTAL and rejects everything else as a usage error', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, total: 4 });
  for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2', '']) assert.throws(() => parseShard(bad), UsageError);
});
