/**
 * `npm run bench`: every benchmark at its default size, median of its default runs, one table at the end
 * (and one JSON line per benchmark as it finishes). Options: `--runs N` for every benchmark, `--only a,b`,
 * `--skip a,b`, `--json` (print the results as a JSON array instead of the table).
 */
import { runBenchmark, type Result } from './benchmark';
import { BENCHMARKS, graderExists } from './benchmarks';
import { MemoryRefusal } from './memory-estimate';
import { formatTable } from './table';

function listOption(argv: readonly string[], name: string): string[] | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const only = listOption(argv, 'only');
  const skip = new Set(listOption(argv, 'skip') ?? []);
  const runs = listOption(argv, 'runs')?.map(Number)[0];
  if (!graderExists()) skip.add('grading');
  const results: Result[] = [];
  for (const benchmark of BENCHMARKS) {
    if ((only && !only.includes(benchmark.name)) || skip.has(benchmark.name)) continue;
    try {
      const result = await runBenchmark(benchmark, {}, runs ?? benchmark.defaultRuns);
      results.push(result);
      process.stderr.write(`${JSON.stringify(result)}\n`);
    } catch (error) {
      if (!(error instanceof MemoryRefusal)) throw error;
      process.stderr.write(`${benchmark.name}: ${error.message}\n`);
    }
  }
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(results, null, 2)}\n` : formatTable(results));
}

void main(process.argv.slice(2));
