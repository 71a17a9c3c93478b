import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addQuantities, canonicalQuantity, formatQuantity, milliValue, parseQuantity, unitValue } from './quantity';

test('canonical forms match resource.Quantity.String()', () => {
  const cases: [string, string][] = [
    ['1024Mi', '1Gi'], ['1000Mi', '1000Mi'], ['0.5Gi', '512Mi'], ['500', '500'], ['1536', '1536'], ['0.5', '500m'],
    ['1000m', '1'], ['1000M', '1G'], ['250m', '250m'], ['1.5', '1500m'], ['0', '0'], ['2048Ki', '2Mi'], ['100Gi', '100Gi'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalQuantity(input), expected, input);
});

test('text that is not a quantity is returned unchanged', () => {
  assert.equal(canonicalQuantity('lots'), 'lots');
});

test('sums keep the first term format; milli and unit values round up', () => {
  const sum = addQuantities(parseQuantity('64Mi')!, parseQuantity('70Mi')!);
  assert.equal(formatQuantity(sum), '134Mi');
  assert.equal(milliValue(parseQuantity('4')!), 4000);
  assert.equal(unitValue(parseQuantity('1500m')!), 2);
});
