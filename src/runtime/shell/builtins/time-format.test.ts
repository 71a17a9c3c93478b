import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATE_FORMAT, strftime } from './time-format';

const JAN_1_2025 = Date.UTC(2025, 0, 1);

test('formats each conversion in UTC', () => {
  const ms = Date.UTC(2025, 1, 3, 4, 5, 6) + 7;
  assert.equal(strftime(ms, DEFAULT_DATE_FORMAT), 'Mon Feb  3 04:05:06 UTC 2025');
  assert.equal(strftime(ms, '%Y/%m/%d %H:%M:%S'), '2025/02/03 04:05:06');
  assert.equal(strftime(ms, '%d/%b/%Y:%H:%M:%S +0000'), '03/Feb/2025:04:05:06 +0000');
  assert.equal(strftime(ms, '%h %y %j %s %N %z %T %F %D'), `Feb 25 034 ${Math.floor(ms / 1000)} 007000000 +0000 04:05:06 2025-02-03 02/03/25`);
  assert.equal(strftime(ms, 'a%nb%tc'), 'a\nb\tc');
});

test('keeps unknown conversions and lone percent signs as they stand', () => {
  assert.equal(strftime(JAN_1_2025, '%q %Y'), '%q 2025');
  assert.equal(strftime(JAN_1_2025, '100% %'), '100% %');
  assert.equal(strftime(JAN_1_2025, '%%Y %5'), '%Y %5');
  assert.equal(strftime(JAN_1_2025, ''), '');
});

test('gives the same instant and format the same string, and another instant its own', () => {
  const first = strftime(JAN_1_2025 + 5000, '%H:%M:%S');
  assert.equal(strftime(JAN_1_2025 + 5000, '%H:%M:%S'), first);
  assert.equal(strftime(JAN_1_2025 + 6000, '%H:%M:%S'), '00:00:06');
  assert.equal(strftime(JAN_1_2025 + 6000, '%S:%M:%H'), '06:00:00');
});
