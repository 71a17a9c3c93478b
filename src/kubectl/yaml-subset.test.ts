import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { parseYamlSubset } from './yaml-subset';

/** What the `yaml` library makes of a stream, or undefined when it reports an error. */
function reference(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined;
  return list.map((d) => (d.contents === null ? null : d.toJS()));
}

function agrees(text: string): boolean {
  const fast = parseYamlSubset(text);
  if (fast === undefined) return true;
  assert.deepStrictEqual(fast, reference(text), `for ${JSON.stringify(text)}`);
  return true;
}

test('reads a typical manifest stream like the yaml library', () => {
  const text = [
    '# a comment before the first document',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web   # trailing comment',
    '  labels: {app: web, "tier": \'front end\'}',
    'spec:',
    '  replicas: 3',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: web',
    '        image: nginx:1.27',
    '        args: ["--port", "80", -v]',
    '        env:',
    '          - name: EMPTY',
    '          - {name: X, value: "a\\"b\\u00e9"}',
    '        command:',
    '        - sh',
    '        - -c',
    '        - |',
    '          echo hi',
    '',
    '          echo # not a comment',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'data:',
    '  script: |-',
    '    line one',
    '      indented',
    '  flags: [true, False, ~, null, 0x1F, 0o17, 010, 1.50, .5, 1e3, -.inf, 1_000, "7", 12:30]',
    '---',
    '',
  ].join('\n');
  const fast = parseYamlSubset(text);
  assert.ok(fast, 'the fast reader accepts it');
  assert.deepStrictEqual(fast, reference(text));
});

test('leaves everything outside the subset to the yaml library', () => {
  for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: >\n  folded\n', 'a: b\n  c\n', 'a: b: c\n', 'a:\tb\n', 'a: 1\na: 2\n', '%YAML 1.2\n---\na: 1\n', 'a: "multi\n  line"\n', '{"a": 1}\n', 'a: |+\n  x\n\n', 'a: [1,\n 2]\n']) {
    assert.equal(parseYamlSubset(text), undefined, text);
  }
});

test('agrees with the yaml library on whatever `yaml.stringify` writes', () => {
  const value = fc.jsonValue({ maxDepth: 4 }).filter((v) => v !== null && typeof v === 'object');
  fc.assert(fc.property(value, (v) => agrees(stringify(v)) && agrees(`${stringify(v)}---\n${stringify(v, { indentSeq: false })}`)), { numRuns: 400 });
});

const SCALARS = [
  'x', 'a b', 'true', 'True', 'TRUE', 'yes', 'null', 'Null', '~', '0123', '+5', '-7', '0x1F', '0o17', '1e3', '1.50', '.5', '1.', '-.inf', '.NaN', '1_000',
  '12:30', 'http://h:80/p', 'a#b', 'a #b', '-x', '- x', '-', '? x', ':x', 'x:', 'a: b', '"q"', '"a\\tb"', '"\\x41"', "'s'", "'it''s'", "'open", '[a, b]', '[]', '{}',
  '{a: 1, b: [c, d]}', '{a: }', '[a,]', '*a', '&a x', '!t x', '%x', '@x', '`x', '|', '|-', '>', '#', 'a,b', 'a]', 'é', '"\\u00e9"', '""', "''",
];
const KEYS = ['a', 'b', 'key', 'x.y/z', '"q k"', "'s k'", '1', 'true', '~', '? c', 'a b'];

const line = fc.tuple(
  fc.constantFrom(0, 0, 2, 2, 4, 6),
  fc.oneof(
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`),
    fc.constantFrom(...KEYS).map((k) => `${k}:`),
    fc.constantFrom(...SCALARS).map((v) => `- ${v}`),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS)).map(([k, v]) => `- ${k}: ${v}`),
    fc.constantFrom('-', '- - x', '# comment', '', '---', '  ', 'k: |', 'k: |-', 'k: | # c', 'text', 'more text', 'k: v # c'),
  ),
).map(([indent, text]) => `${' '.repeat(indent)}${text}`);

test('never disagrees with the yaml library on generated line soups', () => {
  fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => agrees(lines.join('\n')) && agrees(`${lines.join('\n')}\n`)), { numRuns: Number(process.env.YAML_SUBSET_RUNS ?? 5000) });
});
