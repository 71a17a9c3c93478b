import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goFloatG } from './go-float';
import { sortYamlKeys } from './key-order';
import { toYaml } from './to-yaml';

test('nested collections: sequences sit at their key indentation; items may start with a mapping or a sequence', () => {
  const value = { a: [{ b: 1, c: [1, 2] }, [3, 4], {}, []], d: { e: null, f: true, g: 0.5 }, h: {} };
  assert.equal(toYaml(value), 'a:\n- b: 1\n  c:\n  - 1\n  - 2\n- - 3\n  - 4\n- {}\n- []\nd:\n  e: null\n  f: true\n  g: 0.5\nh: {}\n');
});

test('keys follow go-yaml order: digit runs compare as numbers, non-letters first', () => {
  assert.deepEqual(sortYamlKeys(['node10', 'node9', 'b', 'A', 'a-b', 'ab', '_x']), ['_x', 'A', 'a-b', 'ab', 'b', 'node9', 'node10']);
});

test('floats print like Go strconv g formatting', () => {
  assert.equal(goFloatG(0.5), '0.5');
  assert.equal(goFloatG(0.00001), '1e-05');
  assert.equal(goFloatG(1234567.5), '1.2345675e+06');
});

test('multi-line strings in sequences use literal blocks indented under the dash', () => {
  assert.equal(toYaml({ args: ['a\nb\n'] }), 'args:\n- |\n  a\n  b\n');
});
