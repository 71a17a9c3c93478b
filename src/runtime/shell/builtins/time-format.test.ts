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

test('a format without %N gives one string for its whole second, one with %N its own per millisecond', () => {
  const first = strftime(JAN_1_2025 + 7010, '%Y/%m/%d %H:%M:%S');
  assert.equal(strftime(JAN_1_2025 + 7999, '%Y/%m/%d %H:%M:%S'), first);
  assert.equal(strftime(JAN_1_2025 + 8000, '%Y/%m/%d %H:%M:%S'), '2025/01/01 00:00:08');
  assert.equal(strftime(JAN_1_2025 - 1, '%Y/%m/%d %H:%M:%S'), '2024/12/31 23:59:59');
  assert.equal(strftime(JAN_1_2025 - 1000, '%Y/%m/%d %H:%M:%S'), '2024/12/31 23:59:59');
  assert.equal(strftime(JAN_1_2025 + 7010, '%S.%N'), '07.010000000');
  assert.equal(strftime(JAN_1_2025 + 7020, '%S.%N'), '07.020000000');
  assert.equal(strftime(JAN_1_2025 + 7020, '%%N %S'), '%N 07');
  assert.equal(strftime(JAN_1_2025 + 7030, '%%N %S'), '%N 07');
});
