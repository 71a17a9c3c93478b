#!/usr/bin/env node
// The kubespec command. kubespec ships TypeScript, so this launcher registers ts-node (transpile-only, with
// kubespec's own tsconfig, so the caller's repository settings never apply) and runs src/cli/main.ts.
// The settings go through the environment so Cucumber's parallel workers inherit them.
const { join } = require('node:path');

const root = join(__dirname, '..');
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
