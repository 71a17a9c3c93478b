/**
 * `kubespec bench NAME [--OPTION N ...] [--runs N] [--json]`: runs one of the benchmarks in bench/ (median of
 * several runs) and prints its numbers, or one JSON object with `--json`. A size that would not fit in
 * memory is refused with the estimate (exit code 2) instead of being attempted.
 */
import { spawnSync } from 'node:child_process';
import type { Benchmark } from '../../bench/benchmark';
import { err, out, type CliIO } from './cli-io';
import { integerOption, parseOptions, type OptionSpec } from './parse-options';
import { EXIT_PASSED, EXIT_USAGE, UsageError } from './usage-error';

export async function benchCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { BENCHMARKS, findBenchmark } = await import('../../bench/benchmarks');
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    out(io, benchHelp(BENCHMARKS));
    return name === undefined ? EXIT_USAGE : EXIT_PASSED;
  }
  const benchmark = findBenchmark(name);
  if (!benchmark) throw new UsageError(`unknown benchmark "${name}" (one of: ${BENCHMARKS.map((b) => b.name).join(', ')})`, 'bench');
  const parsed = parseOptions('bench', rest, optionSpecs(benchmark));
  if (parsed.values.help) return out(io, benchHelp([benchmark])), EXIT_PASSED;
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, 'bench');
  const values = Object.fromEntries(Object.keys(benchmark.defaults).flatMap((key) => {
    const value = integerOption(parsed, key, 'bench', 1);
    return value === undefined ? [] : [[key, value]];
  }));
  return run(benchmark, values, integerOption(parsed, 'runs', 'bench', 1), parsed.values.json === true, io);
}

async function run(benchmark: Benchmark<unknown>, values: Record<string, number>, runs: number | undefined, json: boolean, io: CliIO): Promise<number> {
  const { round, runBenchmark } = await import('../../bench/benchmark');
  const { MemoryRefusal, mib } = await import('../../bench/memory-estimate');
  const { formatTable } = await import('../../bench/table');
  try {
    // process_s: the whole command's wall seconds (Node and the sources loading, the memory check's calibration
    // runs, every run), what someone timing it waits for, beside one run's measured window (`wall_s`).
    const result = { ...(await runBenchmark(benchmark, values, runs)), process_s: round(process.uptime()) };
    out(io, json ? `${JSON.stringify(result)}\n` : formatTable([result]));
    return EXIT_PASSED;
  } catch (error) {
    if (!(error instanceof MemoryRefusal)) throw error;
    // Refused only for V8's default heap limit (≈ 4 GiB) while the machine has the memory: re-run once in a
    // child with a heap sized to the estimate (the child refuses rather than re-running again).
    const heapMiB = process.env[RERUN_ENV] ? undefined : error.largerHeapMiB;
    if (heapMiB !== undefined) {
      err(io, `kubespec bench: the estimate (${mib(error.estimateBytes)} MiB) exceeds this process's ${mib(error.limitBytes)} MiB V8 heap limit but fits in this machine's free memory: running it again with --max-old-space-size=${heapMiB}\n`);
      return rerunWithHeap(heapMiB);
    }
    err(io, `kubespec bench: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

function rerunWithHeap(heapMiB: number): number {
  const args = [...process.execArgv, `--max-old-space-size=${heapMiB}`, ...process.argv.slice(1)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [RERUN_ENV]: '1' } });
  return child.status ?? 1;
}

const RERUN_ENV = 'KUBESPEC_BENCH_HEAP_RERUN';

function optionSpecs(benchmark: Benchmark<unknown>): Record<string, OptionSpec> {
  const own = Object.fromEntries(Object.keys(benchmark.defaults).map((key) => [key, { kind: 'string' } as const]));
  return { ...own, runs: { kind: 'string' }, json: { kind: 'boolean' }, help: { kind: 'boolean', short: 'h' } };
}

function benchHelp(benchmarks: readonly Benchmark<unknown>[]): string {
  const lines = benchmarks.map((b) => {
    const options = Object.entries(b.defaults).map(([k, v]) => `--${k} ${v}`).join(' ');
    return `  ${b.name.padEnd(18)} ${b.summary}\n  ${''.padEnd(18)} options: ${options || '(none)'}; ${b.defaultRuns} run(s) by default\n`;
  });
  return `Usage: kubespec bench NAME [--OPTION N ...] [--runs N] [--json]

Runs a benchmark several times and prints the median run: wall and CPU seconds, clock events per wall
second, virtual seconds per wall second, peak RSS, and the benchmark's own numbers; process_s is the whole
command's wall seconds (start-up and the memory check included). "npm run bench" runs them all and prints
one table. A size that would not fit in memory is refused with the estimate.

${lines.join('')}
  --runs N    runs to take the median of
  --json      print one JSON object
  -h, --help  this help

Example: kubespec bench scale --nodes 5000 --pods-per-node 30 --json
`;
}
