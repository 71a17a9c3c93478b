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
