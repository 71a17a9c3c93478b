import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer, type Token } from './lexer';
import { substitutions } from './parser';

function tokens(src: string): Token[] {
  const lexer = new Lexer(src, 0, substitutions);
  const out: Token[] = [];
  for (let token = lexer.next(); token.kind !== 'eof'; token = lexer.next()) out.push(token);
  return out;
}

function words(src: string): string[] {
  return tokens(src).map((token) => (token.kind === 'word' ? token.word.text : token.kind === 'op' ? `<${token.op}>` : token.kind === 'ionumber' ? `fd${token.fd}` : '\\n'));
}

test('splits words and operators, longest operator first', () => {
  assert.deepEqual(words('a&&b||c;d|e >>f 2>&1 <<-X'), ['a', '<&&>', 'b', '<||>', 'c', '<;>', 'd', '<|>', 'e', '<>>>', 'f', 'fd2', '<>&>', '1', '<<<->', 'X']);
});

test('comments run to the end of the line; newlines are tokens', () => {
  assert.deepEqual(words('echo hi # ignored\necho there'), ['echo', 'hi', '\\n', 'echo', 'there']);
});

test('quotes keep spaces and metacharacters inside one word', () => {
  const [token] = tokens(`'a b;c'"d $x"e\\ f`);
  assert.equal(token?.kind, 'word');
  if (token?.kind !== 'word') return;
  assert.deepEqual(
    token.word.parts.map((p) => [p.kind, p.quoted, p.kind === 'literal' ? p.text : p.kind === 'param' ? p.name : '']),
    [['literal', true, 'a b;cd '], ['param', true, 'x'], ['literal', false, 'e'], ['literal', true, ' '], ['literal', false, 'f']],
  );
});

test('recognises parameters, ${…} operators, $(…), backquotes and $((…))', () => {
  const [token] = tokens('$1${HOME:-/root}${#x}$(echo hi)`date`$((1+2))');
  if (token?.kind !== 'word') throw new Error('expected a word');
  assert.deepEqual(token.word.parts.map((p) => (p.kind === 'param' ? `${p.name}${p.op ?? ''}` : p.kind)), ['1', 'HOME:-', 'xlength', 'command', 'command', 'arith']);
});

test('unterminated quotes are a syntax error in ash wording', () => {
  assert.throws(() => tokens('echo "abc'), { message: 'syntax error: unterminated quoted string' });
  assert.throws(() => tokens("echo 'abc"), { message: 'syntax error: unterminated quoted string' });
});

test('backslash-newline continues a line', () => {
  assert.deepEqual(words('echo a \\\n b'), ['echo', 'a', 'b']);
});
