#!/usr/bin/env node
// The kubespec command. kubespec ships TypeScript, so this launcher registers ts-node (transpile-only, with
// kubespec's own tsconfig, so the caller's repository settings never apply) and runs src/cli/main.ts.
// The settings go through the environment so Cucumber's parallel workers inherit them.
const { join } = require('node:path');

const root = join(__dirname, '..');

// Benchmarks run with a 64 MiB young generation (V8's default is 16 MiB): the simulation allocates ≈ 150 KB of
// short-lived objects per pod, and a larger nursery lets more of it die before a scavenge copies and promotes
// it (12–16 % less time per pod in `bench scale`; bench/README.md "Heap settings"). A young-generation size
// can only be set when V8 starts, so `kubespec bench` starts itself again with it unless it was given.
// Allocation-site pretenuring is off too: V8 allocates straight in the old generation from sites whose objects
// mostly survived a scavenge (the Event literal, for one), and what dies there waits for a major collection.
// Measured, not derived: at full size 56.7 / 59.8 / 65.8 s without it against 61.8 / 67.4 / 71.3 s with it
// (alternating pairs, bench/README.md "This session (4)").
const BENCH_V8_FLAGS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring'];
const hasFlag = (flag) => process.execArgv.some((a) => a.startsWith(flag)) || (process.env.NODE_OPTIONS ?? '').includes(flag);
if (process.argv[2] === 'bench' && !hasFlag('--max-semi-space-size')) {
  const { spawnSync } = require('node:child_process');
  const child = spawnSync(process.execPath, [...process.execArgv, ...BENCH_V8_FLAGS, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
process.env.TS_NODE_PROJECT = join(root, 'tsconfig.json');
// ts-node skips node_modules by default; when kubespec is installed as a dependency its own sources live there.
process.env.TS_NODE_IGNORE = '(?:^|/)node_modules/(?!kubespec/)';
require('ts-node/register');

const { main } = require(join(root, 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kubespec: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
