/**
 * A tiny measuring harness for benchmarks: runs a body several times, reports the median wall time,
 * and the peak RSS seen. Benchmarks live outside `src/`, so they may read the wall clock.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  medianMs: number;
  runs: number;
  rssMb: number;
  extra: Record<string, number | string>;
}

export function measure(name: string, runs: number, body: () => Record<string, number | string> | void): Measurement {
  const times: number[] = [];
  let extra: Record<string, number | string> = {};
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extra = body() ?? {};
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]!, runs, rssMb: Math.round(peak / 1048576), extra };
}

export function printTable(rows: readonly Measurement[]): void {
  const lines = rows.map((r) => [r.name, r.medianMs.toFixed(3), String(r.runs), String(r.rssMb), Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ')]);
  const header = ['benchmark', 'median ms', 'runs', 'rss MB', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  for (const row of [header, ...lines]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
