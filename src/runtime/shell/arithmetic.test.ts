import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateArithmetic } from './arithmetic';

function vars(initial: Record<string, string> = {}): { get(name: string): string | undefined; set(name: string, value: string): void; values: Record<string, string> } {
  const values = { ...initial };
  return { values, get: (name) => values[name], set: (name, value) => (values[name] = value) };
}

test('precedence, parentheses, unary operators and comparisons', () => {
  assert.equal(evaluateArithmetic('1 + 2 * 3', vars()), 7);
  assert.equal(evaluateArithmetic('(1 + 2) * 3', vars()), 9);
  assert.equal(evaluateArithmetic('-3 + !0 + ~0', vars()), -3);
  assert.equal(evaluateArithmetic('7 / 2 + 7 % 2', vars()), 4);
  assert.equal(evaluateArithmetic('2 ** 10', vars()), 1024);
  assert.equal(evaluateArithmetic('3 > 2 && 1 == 1', vars()), 1);
  assert.equal(evaluateArithmetic('0 ? 5 : 6', vars()), 6);
  assert.equal(evaluateArithmetic('0x10 + 010', vars()), 24);
});

test('variables, assignment and increments', () => {
  const v = vars({ i: '4', expr: 'i * 2' });
  assert.equal(evaluateArithmetic('i + 1', v), 5);
  assert.equal(evaluateArithmetic('expr', v), 8);
  assert.equal(evaluateArithmetic('unset + 1', v), 1);
  assert.equal(evaluateArithmetic('i += 3', v), 7);
  assert.equal(evaluateArithmetic('i++', v), 7);
  assert.equal(v.values.i, '8');
  assert.equal(evaluateArithmetic('--i', v), 7);
});

test('errors use busybox wording', () => {
  assert.throws(() => evaluateArithmetic('1 / 0', vars()), { message: 'divide by zero' });
  assert.throws(() => evaluateArithmetic('1 +', vars()), { message: 'arithmetic syntax error' });
});
