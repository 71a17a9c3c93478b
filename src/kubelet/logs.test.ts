import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContainerLog, nanoStamp, readLog } from './logs';

const T0 = Date.UTC(2025, 0, 1);

test('lines are stamped when they start, split across writes and streams', () => {
  const log = new ContainerLog();
  log.write('stdout', 'hel', T0);
  log.write('stderr', 'oops\n', T0 + 500);
  log.write('stdout', 'lo\nworld\n', T0 + 1_000);
  // A line enters the log when it is complete, as the CRI writes it.
  assert.equal(readLog(log), 'oops\nhello\nworld\n');
  assert.equal(readLog(log, { tail: 1 }), 'world\n');
  assert.equal(readLog(log, { tail: 0 }), '');
  assert.equal(readLog(log, { timestamps: true, tail: 1 }), '2025-01-01T00:00:01.000000000Z world\n');
});

test('an unterminated last line is still shown', () => {
  const log = new ContainerLog();
  log.write('stdout', 'no newline', T0);
  assert.equal(readLog(log), 'no newline\n');
});

test('timestamps are fixed-width RFC 3339 with nanoseconds', () => {
  assert.equal(nanoStamp(T0 + 5_123), '2025-01-01T00:00:05.123000000Z');
});

test('a write of many lines keeps each line, and the cap drops the oldest lines first', () => {
  const log = new ContainerLog();
  log.write('stdout', 'a\nb\n\nc', T0);
  log.write('stdout', 'd\n', T0 + 1_000);
  assert.deepEqual(log.entries().map((l) => [l.text, l.at]), [['a', T0], ['b', T0], ['', T0], ['cd', T0]]);
  const many = new ContainerLog();
  many.write('stdout', Array.from({ length: 9_995 }, (_, i) => `${i}\n`).join(''), T0);
  for (let i = 9_995; i < 10_001; i++) many.write('stdout', `${i}\n`, T0);
  const lines = many.entries();
  assert.equal(lines.length, 9_001);
  assert.equal(lines[0]!.text, '1000');
  assert.equal(lines[lines.length - 1]!.text, '10000');
});

test('many separate writes are all kept, in order (the chunk list grows past its exact-size start)', () => {
  const log = new ContainerLog();
  for (let i = 0; i < 20; i++) log.write(i % 2 ? 'stderr' : 'stdout', `line ${i}\n`, 1_000 + i);
  assert.equal(readLog(log), Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join(''));
  assert.equal(readLog(log, { tail: 2 }), 'line 18\nline 19\n');
});
