/**
 * Nothing a manifest or a container script says can reach the host: the simulation layers (everything below
 * kubectl) import no Node module that touches files, processes, the network or the environment, and use no
 * dynamic code loading. kubectl reads files only through the sandbox (files.ts). Scans import statements,
 * like architecture.test.ts, with a short allowlist of pure functions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeWithoutStringsAndComments } from './code-text';

const SRC = join(__dirname, '..');
const SIMULATION = ['clock', 'api', 'runtime', 'network', 'storage', 'auth', 'controllers', 'scheduler', 'kubelet', 'cluster', 'kubectl'];
const HOST_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|http2|dgram|dns|dns\/promises|tls|os|vm|worker_threads|cluster|inspector|module|process|readline|repl)$/;
/**
 * The exceptions: `isIP` is a pure string check; the sandbox is the one reader of files; the struct extractor
 * is a code generator run by hand, which the next test shows nothing imports.
 */
const ALLOWED = new Map<string, RegExp>([
  ['api/validation/ip-address.ts', /^import \{ isIP \} from 'node:net';$/],
  ['kubectl/files.ts', /^import \{ [\w, ]+ \} from 'node:fs';$/],
  ['kubectl/generators/typed/extract-go-structs.ts', /^import \{ [\w, ]+ \} from 'node:fs';$/],
]);
const TOOLS = ['extract-go-structs'];
const DYNAMIC = [/\beval\(/, /\bnew Function\(/, /\bimport\(/, /\brequire\(/, /\bprocess\.(env|exit|cwd|chdir|argv|stdout|stderr|stdin|binding|kill|dlopen)\b/, /\bglobalThis\b/];

function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testdata' ? [] : productionFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = SIMULATION.flatMap((layer) => productionFiles(join(SRC, layer))).map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }));

test('the simulation layers import no module that reaches files, processes or the network', () => {
  const offenders = files.flatMap(({ name, text }) =>
    [...text.matchAll(/^(?:import|export)[^;]*?from\s+'([^']+)';$/gm)]
      .filter((m) => HOST_MODULES.test(m[1]!) && !ALLOWED.get(name)?.test(m[0]))
      .map((m) => `${name}: ${m[0]}`),
  );
  assert.deepEqual(offenders, []);
});

test('code generators allowed to write files are imported by nothing', () => {
  const importers = files.filter(({ text }) => TOOLS.some((tool) => new RegExp(`from '[^']*/${tool}'`).test(text))).map((f) => f.name);
  assert.deepEqual(importers, []);
});

test('the simulation layers load no code dynamically and read no environment', () => {
  const offenders = files.flatMap(({ name, text }) => {
    const code = codeWithoutStringsAndComments(text);
    return DYNAMIC.filter((re) => re.test(code)).map((re) => `${name}: ${re.source}`);
  });
  assert.deepEqual(offenders, []);
});

test('the scan sees the layers it guards', () => {
  for (const layer of ['runtime', 'kubelet', 'api', 'kubectl']) assert.ok(files.some((f) => f.name.startsWith(`${layer}/`)), `no files found in src/${layer}`);
});
