import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goQuote, parseEnvFile, parseFileSource, parseLiteralSource } from './data-sources';

test('file sources take the basename as key unless a key is given', () => {
  assert.deepEqual(parseFileSource('conf/app.properties'), ['app.properties', 'conf/app.properties']);
  assert.deepEqual(parseFileSource('k=conf/app.properties'), ['k', 'conf/app.properties']);
  assert.throws(() => parseFileSource('=x'), /^GeneratorError: key name for file path x missing$/);
  assert.throws(() => parseFileSource('k='), /file path for key name k missing/);
  assert.throws(() => parseFileSource('a=b=c'), /key names or file paths cannot contain '='/);
});

test('literal sources split at the first =', () => {
  assert.deepEqual(parseLiteralSource('a=b=c'), ['a', 'b=c']);
  assert.throws(() => parseLiteralSource('=x'), /invalid literal source =x, expected key=value/);
});

test('env files skip comments and blank lines, trim leading space only, and strip a BOM and CRs', () => {
  assert.deepEqual(parseEnvFile('\uFEFFA=1\r\n# c\n\n  B= two \nC\n'), [['A', '1'], ['B', ' two '], ['C', '']]);
  assert.throws(() => parseEnvFile('A B=1\n'), /"A B" is not a valid key name: a valid environment variable name/);
});

test('goQuote matches Go %q for control characters', () => {
  assert.equal(goQuote('a"b\\c\td\u0001'), '"a\\"b\\\\c\\td\\x01"');
});
