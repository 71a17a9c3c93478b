import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goDuration, humanDuration, parseDuration, shortHumanDuration } from './duration';

test('parses words, Go durations and Chinese units', () => {
  assert.equal(parseDuration('30 seconds'), 30_000);
  assert.equal(parseDuration('1 second'), 1000);
  assert.equal(parseDuration('5 minutes'), 300_000);
  assert.equal(parseDuration('2 hours'), 7_200_000);
  assert.equal(parseDuration('3 days'), 259_200_000);
  assert.equal(parseDuration('90s'), 90_000);
  assert.equal(parseDuration('2m30s'), 150_000);
  assert.equal(parseDuration('1h'), 3_600_000);
  assert.equal(parseDuration('30 秒'), 30_000);
  assert.equal(parseDuration('5 分钟'), 300_000);
  assert.throws(() => parseDuration('soon'), /invalid duration "soon"/);
});

test('HumanDuration matches apimachinery', () => {
  const s = 1000;
  assert.equal(humanDuration(5 * s), '5s');
  assert.equal(humanDuration(119 * s), '119s');
  assert.equal(humanDuration(120 * s), '2m');
  assert.equal(humanDuration(123 * s), '2m3s');
  assert.equal(humanDuration(599 * s), '9m59s');
  assert.equal(humanDuration(10 * 60 * s), '10m');
  assert.equal(humanDuration(179 * 60 * s), '179m');
  assert.equal(humanDuration(3 * 3600 * s), '3h');
  assert.equal(humanDuration((3 * 3600 + 300) * s), '3h5m');
  assert.equal(humanDuration(8 * 3600 * s), '8h');
  assert.equal(humanDuration(47 * 3600 * s), '47h');
  assert.equal(humanDuration(48 * 3600 * s), '2d');
  assert.equal(humanDuration((53 * 3600) * s), '2d5h');
  assert.equal(humanDuration(8 * 86400 * s), '8d');
  assert.equal(humanDuration(-5 * s), '<invalid>');
});

test('ShortHumanDuration uses one unit', () => {
  assert.equal(shortHumanDuration(59_000), '59s');
  assert.equal(shortHumanDuration(61_000), '1m');
  assert.equal(shortHumanDuration(3 * 3_600_000), '3h');
});

test("Go's Duration.String", () => {
  assert.equal(goDuration(10_000), '10s');
  assert.equal(goDuration(80_000), '1m20s');
  assert.equal(goDuration(300_000), '5m0s');
  assert.equal(goDuration(3_600_000), '1h0m0s');
});

test('goDuration answers from its table exactly what it computes, also for values sharing a slot', () => {
  const values = [0, 1, 255, 256, 1_200, 1_456, 1_200 + 256 * 3, 61_500, 3_600_000, 3_600_000 + 256, 0.5, -0];
  const first = values.map(goDuration);
  assert.deepEqual(first, ['0s', '1ms', '255ms', '256ms', '1.2s', '1.456s', '1.968s', '1m1.5s', '1h0m0s', '1h0m0.256s', '0.5ms', '0s']);
  assert.deepEqual([...values].reverse().map(goDuration), [...first].reverse());
});
