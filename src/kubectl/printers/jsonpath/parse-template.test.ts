import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonPathError } from './nodes';
import { JsonPathSyntaxError, parseTemplate } from './parse-template';
import { printJsonPath } from './print-jsonpath';

test('syntax errors use client-go wording', () => {
  assert.throws(() => parseTemplate('{.metadata.name'), new JsonPathSyntaxError('unclosed action'));
  assert.throws(() => parseTemplate('{.items[x]}'), new JsonPathSyntaxError('invalid array index x'));
  assert.throws(() => parseTemplate('{.a[?(@.b=="c"}'), JsonPathSyntaxError);
  assert.throws(() => parseTemplate('{#}'), new JsonPathSyntaxError("unrecognized character in action: U+0023 '#'"));
});

test('evaluation errors: out-of-range index, missing keys when they are not allowed, end outside range', () => {
  const data = { items: [1, 2] };
  assert.throws(() => printJsonPath(data, '{.items[5]}'), new JsonPathError('array index out of bounds: index 5, length 2'));
  assert.throws(() => printJsonPath(data, '{.nope}', { allowMissingKeys: false }), new JsonPathError('nope is not found'));
  assert.throws(() => printJsonPath(data, '{end}'), new JsonPathError('not in range, nothing to end'));
});

test('nested ranges, unions, slices, comparisons and escaped dots', () => {
  const data = { items: [{ n: 'a', v: [1, 2] }, { n: 'b', v: [3] }], labels: { 'app.kubernetes.io/name': 'web' } };
  assert.equal(printJsonPath(data, '{range .items[*]}{.n}:{range .v[*]}{@} {end};{end}'), 'a:1 2 ;b:3 ;');
  assert.equal(printJsonPath(data, '{.items[0:2].n}'), 'a b');
  assert.equal(printJsonPath(data, '{.items[?(@.n!="a")].v[0]}'), '3');
  assert.equal(printJsonPath(data, '{.labels.app\\.kubernetes\\.io/name}'), 'web');
  assert.equal(printJsonPath(data, '{.items[*].v[?(@>1)]}'), '2 3');
});
