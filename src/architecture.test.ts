/**
 * Guards the design's rules by reading import statements (no extra dependency):
 * imports point one way (`clock ← api ← {runtime, network, storage, auth} ← {controllers, scheduler,
 * kubelet} ← cluster ← kubectl ← grading ← cli`), siblings do not import each other, `src/` never imports
 * Cucumber or chai, and nothing in `src/` reaches the wall clock or unseeded randomness.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { codeWithoutStringsAndComments } from './testing/code-text';

const SRC = __dirname;
const LAYER: Record<string, number> = {
  clock: 0,
  api: 1,
  runtime: 2,
  network: 2,
  storage: 2,
  auth: 2,
  controllers: 3,
  scheduler: 3,
  kubelet: 3,
  cluster: 4,
  kubectl: 5,
  grading: 6,
  // The design's `cli/ → grading, kubectl, cluster`: the CLI drives the grader, so it sits one step above it.
  cli: 7,
  testing: 8,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testdata' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

function folderOf(file: string): string {
  return relative(SRC, file).split('/')[0]!;
}

const files = sourceFiles(SRC).filter((f) => !f.endsWith('architecture.test.ts'));
const imports = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+'([^']+)'|\brequire\('([^']+)'\)/gm)].map((m) => ({ file, target: (m[1] ?? m[2])! })),
);

test('layers import only downwards and siblings stay apart', () => {
  const violations = imports
    .filter((i) => i.target.startsWith('.'))
    .flatMap(({ file, target }) => {
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), target));
      if (from === to || !(from in LAYER) || !(to in LAYER)) return [];
      // Tests may drive a whole cluster to check their layer in context; only production code is layered.
      if (file.endsWith('.test.ts')) return [];
      return LAYER[to]! < LAYER[from]! || from === 'testing' ? [] : [`${relative(SRC, file)} imports ${target} (${from} → ${to})`];
    });
  assert.deepEqual(violations, []);
});

test('src never imports Cucumber or chai', () => {
  // One exception: the grader's runner drives Cucumber's programmatic API (never its step DSL) to run features.
  const runner = (i: { file: string; target: string }) => relative(SRC, i.file) === 'grading/cucumber-runner.ts' && i.target === '@cucumber/cucumber/api';
  const bad = imports.filter((i) => /^(@cucumber\/|chai$)/.test(i.target) && !runner(i)).map((i) => `${relative(SRC, i.file)}: ${i.target}`);
  assert.deepEqual(bad, []);
});

// localeCompare orders by the host's locale: output would differ between machines (use compareGoStrings).
test('no wall clock, timers, unseeded randomness or locale-dependent order in src', () => {
  const banned = [/\bDate\.now\(/, /new Date\(\)/, /\bMath\.random\(/, /\bsetTimeout\(/, /\bsetInterval\(/, /\bperformance\.now\(/, /\.localeCompare\(/];
  const offenders = files
    .filter((f) => !f.endsWith('.test.ts') && !f.includes('/cli/') && !f.includes('/bench/'))
    .flatMap((f) => {
      const text = codeWithoutStringsAndComments(readFileSync(f, 'utf8'));
      return banned.filter((re) => re.test(text)).map((re) => `${relative(SRC, f)}: ${re.source}`);
    });
  assert.deepEqual(offenders, []);
});
