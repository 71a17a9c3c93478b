import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

// A JavaScript module (ts-node loads it before it can load TypeScript), so it is required, not imported.
const { create } = require('./transpile-cache.js') as {
  create(options: object): { transpile(source: string, options: { fileName: string }): ts.TranspileOutput };
};

const compilerOptions: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, sourceMap: true };
const SOURCE = 'export const answer: number = 42;\n';
const FILE = '/project/src/answer.ts';

function transpilerIn(directory: string) {
  const previous = process.env.KUBESPEC_TRANSPILE_CACHE;
  process.env.KUBESPEC_TRANSPILE_CACHE = directory;
  try {
    return create({ service: { config: { options: compilerOptions } }, transpilerConfigLocalResolveHelper: (name: string) => require.resolve(name) });
  } finally {
    if (previous === undefined) delete process.env.KUBESPEC_TRANSPILE_CACHE;
    else process.env.KUBESPEC_TRANSPILE_CACHE = previous;
  }
}

function entries(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

test("emits exactly what TypeScript's transpileModule emits", () => {
  const directory = mkdtempSync(join(tmpdir(), 'kubespec-transpile-'));
  const expected = ts.transpileModule(SOURCE, { fileName: FILE, compilerOptions });
  const fresh = transpilerIn(directory).transpile(SOURCE, { fileName: FILE });
  const cached = transpilerIn(directory).transpile(SOURCE, { fileName: FILE });
  for (const result of [fresh, cached]) {
    assert.equal(result.outputText, expected.outputText);
    assert.equal(result.sourceMapText, expected.sourceMapText);
  }
});

test('a second process reads the entry; an edited source misses and replaces it', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kubespec-transpile-'));
  transpilerIn(directory).transpile(SOURCE, { fileName: FILE });
  const [entry] = entries(directory);
  assert.ok(entry);
  // Mark the stored output: if the next transpile returns the mark, it came from the cache.
  const path = join(directory, entry);
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), outputText: 'marked' }));
  assert.equal(transpilerIn(directory).transpile(SOURCE, { fileName: FILE }).outputText, 'marked');

  const edited = transpilerIn(directory).transpile('export const answer = 43;\n', { fileName: FILE });
  assert.match(edited.outputText, /exports\.answer = 43/);
  assert.deepEqual(entries(directory), [entry], 'one entry per source path');
});

test('keeps separate entries per path and does not cache a source with syntax errors', () => {
  const directory = mkdtempSync(join(tmpdir(), 'kubespec-transpile-'));
  const transpiler = transpilerIn(directory);
  transpiler.transpile(SOURCE, { fileName: FILE });
  transpiler.transpile(SOURCE, { fileName: '/project/src/other.ts' });
  assert.equal(entries(directory).length, 2);
  const broken = transpiler.transpile('export const = ;\n', { fileName: '/project/src/broken.ts' });
  assert.ok((broken.diagnostics ?? []).length > 0);
  assert.equal(entries(directory).length, 2);
});

test('"off" transpiles without a cache, and so does an unwritable directory', () => {
  const off = transpilerIn('off').transpile(SOURCE, { fileName: FILE });
  assert.match(off.outputText, /exports\.answer = 42/);

  const directory = mkdtempSync(join(tmpdir(), 'kubespec-transpile-'));
  const blocker = join(directory, 'a-file');
  writeFileSync(blocker, '');
  const underAFile = transpilerIn(join(blocker, 'cache')).transpile(SOURCE, { fileName: FILE });
  assert.match(underAFile.outputText, /exports\.answer = 42/);
  assert.deepEqual(entries(directory), ['a-file']);
});
