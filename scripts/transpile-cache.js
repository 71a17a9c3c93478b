// ts-node's transpiler for kubespec (tsconfig.json "ts-node"."transpiler"): TypeScript's own transpileModule,
// with its output kept on disk between processes.
//
// Why: transpile-only ts-node still runs TypeScript's parser and emitter on every file in every process, ≈ 9 ms a
// file. kubespec loads ≈ 600 of them, so each `kubespec` command, each Cucumber worker and each of the ≈ 200
// unit-test processes of `node --test` began with ≈ 5 s of transpiling the same sources again. The emit is
// unchanged (the same function with the same options; swc would be faster still, but its CommonJS exports are
// getters, and `bench scale` ran 5–10 % slower with them), so a warm cache changes only the start-up time.
//
// An entry is one file per source path, named by a hash of the path, the compiler options and the TypeScript
// version, and holding the hash of the source it was made from: an edited source misses and overwrites its entry,
// so the cache stays one entry per file. Writes go through a temporary file and a rename, so concurrent processes
// never read half an entry. Sources with syntax errors are not cached (ts-node reports their diagnostics).
// The cache is an optimisation only: an unreadable or unwritable directory means transpiling as before.
// KUBESPEC_TRANSPILE_CACHE=off turns it off; any other value is the directory to use.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const DEFAULT_DIRECTORY = join(__dirname, '..', 'node_modules', '.cache', 'kubespec-transpile');

function sha1(text) {
  return createHash('sha1').update(text).digest('hex');
}

/** ts-node's transpiler factory: `create(options).transpile(source, { fileName })`. */
function create({ service, transpilerConfigLocalResolveHelper }) {
  const ts = require(transpilerConfigLocalResolveHelper('typescript', true));
  const compilerOptions = service.config.options;
  const setting = process.env.KUBESPEC_TRANSPILE_CACHE;
  const directory = setting === 'off' ? undefined : setting || DEFAULT_DIRECTORY;
  const salt = `${ts.version}\0${JSON.stringify(compilerOptions)}\0`;
  let directoryMade = false;

  function transpileFresh(source, fileName) {
    return ts.transpileModule(source, { fileName, compilerOptions, reportDiagnostics: true });
  }

  function transpile(source, { fileName }) {
    if (directory === undefined) return transpileFresh(source, fileName);
    const entryPath = join(directory, `${sha1(salt + fileName)}.json`);
    const sourceHash = sha1(source);
    try {
      const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
      if (entry.sourceHash === sourceHash) return { outputText: entry.outputText, sourceMapText: entry.sourceMapText };
    } catch {
      // No entry yet, or one cut short by a crash: transpile and (re)write it.
    }
    const result = transpileFresh(source, fileName);
    if (result.diagnostics && result.diagnostics.length > 0) return result;
    try {
      if (!directoryMade) mkdirSync(directory, { recursive: true });
      directoryMade = true;
      const temporary = `${entryPath}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ sourceHash, outputText: result.outputText, sourceMapText: result.sourceMapText }));
      renameSync(temporary, entryPath);
    } catch {
      // A read-only checkout or a full disk: keep working without the cache.
    }
    return result;
  }

  return { transpile };
}

module.exports = { create };
