import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cronScheduleError } from './cron-schedule';

test('standard schedules and descriptors parse', () => {
  for (const s of ['*/1 * * * *', '0 0 * * 0', '30 6 1-15/2 JAN-MAR mon-fri', '? * * * *', '@hourly', '@every 1h30m', 'TZ=Europe/Berlin 0 6 * * *']) {
    assert.equal(cronScheduleError(s), undefined, s);
  }
});

test("robfig's error messages", () => {
  assert.equal(cronScheduleError('bad'), 'expected exactly 5 fields, found 1: [bad]');
  assert.equal(cronScheduleError('* * * *'), 'expected exactly 5 fields, found 4: [* * * *]');
  assert.equal(cronScheduleError('0-60 * * * *'), 'end of range (60) above maximum (59): 0-60');
  assert.equal(cronScheduleError('* * 0 * *'), 'beginning of range (0) below minimum (1): 0');
  assert.equal(cronScheduleError('5-1 * * * *'), 'beginning of range (5) beyond end of range (1): 5-1');
  assert.equal(cronScheduleError('x * * * *'), 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
  assert.equal(cronScheduleError('*/0 * * * *'), 'step of range should be a positive number: */0');
  assert.equal(cronScheduleError('@fortnightly'), 'unrecognized descriptor: @fortnightly');
  assert.equal(cronScheduleError('TZ=Mars/Olympus * * * * *'), 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus');
});
