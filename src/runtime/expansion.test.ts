import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandKubeletVars } from './expansion';

const env = { GREETING: 'hello', EMPTY: '', NAME: 'world' };

test('$(VAR) expands defined variables, including empty ones', () => {
  assert.equal(expandKubeletVars('echo $(GREETING) $(NAME)', env), 'echo hello world');
  assert.equal(expandKubeletVars('[$(EMPTY)]', env), '[]');
});

test('undefined references stay literally', () => {
  assert.equal(expandKubeletVars('$(MISSING) and $(GREETING)', env), '$(MISSING) and hello');
});

test('$$ escapes the operator, so $$(VAR) is the literal $(VAR)', () => {
  assert.equal(expandKubeletVars('$$(GREETING)', env), '$(GREETING)');
  assert.equal(expandKubeletVars('cost: $$5', env), 'cost: $5');
  assert.equal(expandKubeletVars('$$$(GREETING)', env), '$hello');
});

test('shell syntax is left alone: $VAR, ${VAR}, unclosed $( and a trailing $', () => {
  assert.equal(expandKubeletVars('$HOME ${HOME} $(HOME', env), '$HOME ${HOME} $(HOME');
  assert.equal(expandKubeletVars('price$', env), 'price$');
});

test('later contexts are consulted when earlier ones miss (MappingFuncFor)', () => {
  assert.equal(expandKubeletVars('$(A)-$(B)', { A: '1' }, { A: 'x', B: '2' }), '1-2');
});

test('the docs example: command with $(MESSAGE)', () => {
  const argv = ['/bin/echo', '$(MESSAGE)'].map((arg) => expandKubeletVars(arg, { MESSAGE: 'hello world' }));
  assert.deepEqual(argv, ['/bin/echo', 'hello world']);
});
