#!/usr/bin/env node
// The whole test suite: type-check, unit tests (node --test), then the feature suite (Cucumber, ci profile,
// with c8 coverage of src/ into reports/coverage/). Ends with one combined `N passed, N failed` line.
const { spawnSync } = require('node:child_process');
const { readFileSync, mkdirSync, rmSync } = require('node:fs');

function run(label, command, args, options = {}) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' } });
  if (options.capture) process.stdout.write(result.stdout);
  return result;
}

rmSync('reports/cucumber-summary.json', { force: true });
mkdirSync('reports', { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const typecheck = run('type-check', npx, ['tsc', '--noEmit', '-p', '.']);
const unit = run('unit tests', process.execPath, ['scripts/run-unit-tests.js'], { capture: true });
const features = run('features', npx, ['c8', '--reporter=text-summary', '--reporter=html', '--report-dir=reports/coverage', '--include=src/**', '--exclude=**/*.test.ts', 'cucumber-js', '--profile', 'ci']);

const unitPassed = Number(/^ℹ pass (\d+)/m.exec(unit.stdout ?? '')?.[1] ?? 0);
const unitFailed = Number(/^ℹ fail (\d+)/m.exec(unit.stdout ?? '')?.[1] ?? (unit.status === 0 ? 0 : 1));
let scenarios = { passed: 0, failed: features.status === 0 ? 0 : 1 };
try {
  scenarios = JSON.parse(readFileSync('reports/cucumber-summary.json', 'utf8'));
} catch {
  // Cucumber did not get as far as writing its summary (e.g. a syntax error): counted as one failure above.
}
const typeFailed = typecheck.status === 0 ? 0 : 1;
const passed = unitPassed + scenarios.passed + (typeFailed ? 0 : 1);
const failed = unitFailed + scenarios.failed + typeFailed;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && features.status === 0 && unit.status === 0 ? 0 : 1);
