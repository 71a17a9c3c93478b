import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareGoStrings } from './go-string-order';

const utf8Order = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

test('orders like Go: upper case before lower case, prefixes first, no locale folding', () => {
  assert.deepEqual(['b', 'B', 'a', 'A', 'ab', 'a-b', 'é', 'e'].sort(compareGoStrings), ['A', 'B', 'a', 'a-b', 'ab', 'b', 'e', 'é']);
});

test('agrees with UTF-8 byte order where UTF-16 code units do not (astral vs U+E000–U+FFFF)', () => {
  const samples = ['\u{1F600}', '\uFF21', '\uE000', 'z', '', '\u{10000}a', '\uFFFF', 'a\u{1F600}', 'a\uFF21'];
  for (const a of samples) for (const b of samples) assert.equal(Math.sign(compareGoStrings(a, b)), Math.sign(utf8Order(a, b)), `${a} vs ${b}`);
});
