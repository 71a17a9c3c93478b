import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalQuantity, compareQuantities, isValidQuantity, parseQuantity, quantityMilliValue } from './quantity';

test('parseQuantity returns base units', () => {
  assert.equal(parseQuantity('500m'), 0.5);
  assert.equal(parseQuantity('1Gi'), 1073741824);
  assert.equal(parseQuantity('1G'), 1e9);
  assert.equal(parseQuantity('1e3'), 1000);
  assert.equal(parseQuantity(2), 2);
  assert.equal(parseQuantity('0.1'), 0.1);
  assert.throws(() => parseQuantity('1GB'));
});

test('isValidQuantity follows the Go grammar and suffix table', () => {
  for (const q of ['1', '100m', '1.5Gi', '+2Ki', '1E', '5e-3', '.5']) assert.equal(isValidQuantity(q), true, q);
  for (const q of ['1GB', 'abc', '', '1 Gi', '--1']) assert.equal(isValidQuantity(q), false, q);
});

test('comparison is exact across suffixes', () => {
  assert.equal(compareQuantities('1Gi', '1024Mi'), 0);
  assert.equal(compareQuantities('1G', '1Gi'), -1);
  assert.equal(compareQuantities('0.1', '100m'), 0);
  assert.equal(compareQuantities('2', '1500m'), 1);
});

test('canonical form as Quantity.String() prints it', () => {
  const cases: [string, string][] = [
    ['0.5', '500m'], ['1.5', '1500m'], ['2000m', '2'], ['1000', '1k'], ['1500', '1500'], ['1024Mi', '1Gi'], ['1.5Gi', '1536Mi'],
    ['0.5Ki', '512'], ['100Mi', '100Mi'], ['1e3', '1e3'], ['0', '0'], ['12000', '12k'], ['0.1', '100m'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalQuantity(input), expected, input);
});

test('milli values round up like Go', () => {
  assert.equal(quantityMilliValue('1'), 1000n);
  assert.equal(quantityMilliValue('1500u'), 2n);
});
