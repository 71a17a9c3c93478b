/**
 * The `kubespec` command line: `run`, `sim`, `grade`, `steps`. Each subcommand is one file; this one only
 * dispatches and turns errors into exit codes (0 passed, 1 failed, 2 usage error). The package's bin
 * (bin/kubespec.js) registers ts-node and runs this file.
 */
import { err, out, processIO, type CliIO } from './cli-io';
import { HELP } from './help-text';
import { EXIT_FAILED, EXIT_PASSED, EXIT_USAGE, UsageError } from './usage-error';

type Command = (argv: readonly string[], io: CliIO) => Promise<number>;

// Loaded on demand: `kubespec steps` and `--help` should not pay for loading the simulator and Cucumber.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  run: async () => (await import('./run-command')).runCommand,
  sim: async () => (await import('./sim-command')).simCommand,
  grade: async () => (await import('./grade-command')).gradeCommand,
  steps: async () => (await import('./steps-command')).stepsCommand,
  bench: async () => (await import('./bench')).benchCommand,
};

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(io, HELP.main);
    return name === undefined ? EXIT_USAGE : EXIT_PASSED;
  }
  const load = COMMANDS[name];
  if (!load) return usage(io, new UsageError(`unknown command "${name}"`));
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error);
    err(io, `kubespec ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILED;
  }
}

function usage(io: CliIO, error: UsageError): number {
  const help = error.command ? `kubespec ${error.command} --help` : 'kubespec --help';
  err(io, `kubespec${error.command ? ` ${error.command}` : ''}: ${error.message}\nRun "${help}" for usage.\n`);
  return EXIT_USAGE;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`kubespec: ${String(error)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
