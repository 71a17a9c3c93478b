/**
 * `kubespec run [paths...] [cucumber options]`: runs feature files with kubespec's step library preloaded,
 * from any folder. Cucumber options pass through; kubespec adds `--seed`, `--shard i/n` (a stable hash
 * split, see stable-shard.ts) and `--max-virtual-time`. No `cucumber.js` is read unless `--config` or
 * `--profile` asks for one, so a repository's own Cucumber setup never leaks in by accident.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatSourceError, loadRunConfiguration, runFeatures } from '../grading';
import { err, out, type CliIO } from './cli-io';
import { HELP } from './help-text';
import { durationOption } from './duration-option';
import { requireExistingPaths } from './paths';
import { splitRunArguments, type RunArguments } from './run-arguments';
import { parseShard } from './stable-shard';
import { EXIT_FAILED, EXIT_PASSED, EXIT_USAGE, UsageError } from './usage-error';

export async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = splitRunArguments(argv);
  if (args.own.help) return help(io);
  requireExistingPaths(args.paths, io.cwd, 'run');
  const profiles = args.own.profile ?? [];
  if (args.paths.length === 0 && profiles.length === 0 && !existsSync(join(io.cwd, 'features'))) {
    throw new UsageError('no feature paths given and there is no features/ folder here', 'run');
  }
  const configuration = await loadRunConfiguration({
    argv: [...args.cucumber, ...kubespecArguments(args), ...defaultArguments(args, profiles.length > 0), ...args.paths],
    file: args.own.config?.at(-1) ?? (profiles.length > 0 ? undefined : false),
    profiles,
    cwd: io.cwd,
  }).catch((error: Error) => {
    throw new UsageError(error.message, 'run');
  });
  const result = await runFeatures(configuration, { cwd: io.cwd, stdout: io.stdout, stderr: io.stderr });
  if (result.sourceErrors.length > 0) {
    err(io, `kubespec: the features have syntax errors:\n${result.sourceErrors.map((e) => `  ${formatSourceError(e)}\n`).join('')}`);
    return EXIT_USAGE;
  }
  return result.success ? EXIT_PASSED : EXIT_FAILED;
}

function help(io: CliIO): number {
  out(io, HELP.run);
  return EXIT_PASSED;
}

function kubespecArguments(args: RunArguments): string[] {
  const world: Record<string, number> = {};
  const seed = args.own.seed?.at(-1);
  if (seed !== undefined) world.seed = wholeNumber(seed, 'seed');
  const cap = args.own['max-virtual-time']?.at(-1);
  if (cap !== undefined) world.maxVirtualTimeMs = durationOption(cap, 'max-virtual-time', 'run');
  const result = Object.keys(world).length > 0 ? ['--world-parameters', JSON.stringify(world)] : [];
  const shard = args.own.shard?.at(-1);
  if (shard === undefined) return result;
  const { index, total } = parseShard(shard);
  const plugin = pathToFileURL(resolve(__dirname, 'stable-shard-plugin.js')).href;
  return [...result, '--plugin', plugin, '--plugin-options', JSON.stringify({ kubespecShard: { shard: `${index}/${total}` } })];
}

/** Without a profile: progress on the terminal, the HTML report in reports/, and no @wip scenarios. */
function defaultArguments(args: RunArguments, usingProfiles: boolean): string[] {
  if (usingProfiles) return [];
  const formats = args.cucumberNames.has('format') ? [] : ['--format', 'progress', '--format', 'html:reports/cucumber.html'];
  const tags = args.cucumberNames.has('tags') ? [] : ['--tags', 'not @wip'];
  return [...formats, ...tags];
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value)) throw new UsageError(`option "--${option}" must be a whole number, not "${text}"`, 'run');
  return value;
}
