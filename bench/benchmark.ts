/**
 * The benchmark contract: a benchmark parses its options, may refuse a size that would not fit in memory
 * (with the estimate), and runs once, returning one flat sample of numbers. `runBenchmark` runs it several
 * times and reports the median run (by wall time) with the process's peak RSS. Benchmarks live outside
 * `src/`, so they may read the wall clock; the simulation itself never does.
 */
import { performance } from 'node:perf_hooks';

/** One run's numbers. Every benchmark reports at least these; the rest are its own. */
export interface Sample {
  wall_s: number;
  /** CPU seconds (user + system) of this process: robust when the machine is shared. */
  cpu_s: number;
  /** Clock events executed (`cluster.clock.eventsRun`). */
  events: number;
  /** Virtual seconds simulated. */
  virtual_s: number;
  [metric: string]: number;
}

export interface Benchmark<O> {
  readonly name: string;
  /** One line for `kubespec bench --help` and the table. */
  readonly summary: string;
  /** Option names (without `--`) this benchmark accepts, with their defaults. */
  readonly defaults: Readonly<Record<string, number>>;
  /** How many runs make the median unless `--runs` says otherwise. */
  readonly defaultRuns: number;
  options(values: Readonly<Record<string, number>>): O;
  /** Throws MemoryRefusal when the run would not fit (estimated before anything big is built). */
  checkMemory?(options: O): void;
  run(options: O): Sample | Promise<Sample>;
}

export interface Result {
  benchmark: string;
  runs: number;
  wall_s: number;
  cpu_s: number;
  events: number;
  events_per_s: number;
  virtual_s: number;
  virtual_s_per_s: number;
  rss_mb: number;
  [metric: string]: number | string;
}

export async function runBenchmark<O>(benchmark: Benchmark<O>, values: Readonly<Record<string, number>>, runs = benchmark.defaultRuns): Promise<Result> {
  const options = benchmark.options({ ...benchmark.defaults, ...values });
  benchmark.checkMemory?.(options);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await benchmark.run(options));
  const median = [...samples].sort((a, b) => a.wall_s - b.wall_s)[Math.floor(samples.length / 2)]!;
  return {
    benchmark: benchmark.name,
    runs,
    ...median,
    events_per_s: rate(median.events, median.wall_s),
    virtual_s_per_s: rate(median.virtual_s, median.wall_s),
    rss_mb: peakRssMb(),
  };
}

/** Times a body in wall and CPU seconds. */
export function timed<T>(body: () => T): { value: T; wall_s: number; cpu_s: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = body();
  const wall_s = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { value, wall_s, cpu_s: (used.user + used.system) / 1e6 };
}

/** Runs `body` `runs` times; the median wall and CPU milliseconds of one run. */
export function medianMs(runs: number, body: () => void): { wall_ms: number; cpu_ms: number } {
  const samples = Array.from({ length: runs }, () => timed(body));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 1000;
  return { wall_ms: round(median(samples.map((s) => s.wall_s))), cpu_ms: round(median(samples.map((s) => s.cpu_s))) };
}

export function rate(count: number, seconds: number): number {
  return seconds > 0 ? round(count / seconds) : 0;
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The process's peak resident set size so far (getrusage ru_maxrss), in MiB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
