/** The results table `npm run bench` prints: the common columns, then each benchmark's own metrics. */
import type { Result } from './benchmark';

const COMMON = ['benchmark', 'runs', 'wall_s', 'cpu_s', 'events_per_s', 'virtual_s_per_s', 'rss_mb'] as const;
const HIDDEN = new Set<string>([...COMMON, 'events', 'virtual_s']);

export function formatTable(results: readonly Result[]): string {
  const rows = results.map((r) => [...COMMON.map((c) => String(r[c] ?? '')), details(r)]);
  const header = ['benchmark', 'runs', 'wall s', 'cpu s', 'events/s', 'virtual s/s', 'rss MB', 'details'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

function details(result: Result): string {
  return Object.entries(result)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}
