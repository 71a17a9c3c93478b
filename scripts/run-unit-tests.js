#!/usr/bin/env node
// Runs every colocated `*.test.ts` under src/, steps/, bench/ and scripts/ with node's test runner through ts-node.
// Node 20 has no glob support in `--test`, so the file list is collected here.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return collect(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'steps', 'bench', 'scripts'];
const files = roots.flatMap((root) => { try { return collect(root); } catch { return []; } }).sort();
const result = spawnSync(process.execPath, ['--require', 'ts-node/register', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
});
process.exit(result.status ?? 1);
