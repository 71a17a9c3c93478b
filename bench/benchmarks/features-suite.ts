/**
 * (e) the full `features/` suite as CI runs it (every scenario not tagged @wip), in one process by default
 * so the number is per core: wall seconds and scenarios per second. `--parallel N` uses Cucumber's workers.
 */
import type { Benchmark, Sample } from '../benchmark';
import { rate, round } from '../benchmark';
import { runNode } from '../child-process';

export interface FeaturesOptions {
  parallel: number;
}

export const featuresBenchmark: Benchmark<FeaturesOptions> = {
  name: 'features',
  summary: 'the full features/ suite (not @wip), one process',
  defaults: { parallel: 0 },
  defaultRuns: 1,
  options: (v) => ({ parallel: v.parallel! }),
  run: runFeatures,
};

export async function runFeatures({ parallel }: FeaturesOptions): Promise<Sample> {
  const args = ['node_modules/@cucumber/cucumber/bin/cucumber.js', '--require-module', 'ts-node/register', '--require', 'steps/*.ts', '--tags', 'not @wip', '--world-parameters', '{"strictErrors":true}', '--format', 'summary', '--parallel', String(parallel), 'features'];
  const child = await runNode(args);
  const counts = scenarioCounts(child.stdout);
  if (counts.total === 0) throw new Error(`the features suite ran no scenarios (exit ${child.code}):\n${child.stderr.slice(-2000)}`);
  return {
    wall_s: round(child.wall_s),
    cpu_s: round(child.cpu_s),
    events: 0,
    virtual_s: 0,
    scenarios: counts.total,
    passed: counts.passed,
    scenarios_per_s: rate(counts.total, child.wall_s),
    child_rss_mb: child.rss_mb,
  };
}

/** Cucumber's summary line: `123 scenarios (120 passed, 3 failed)`. */
export function scenarioCounts(output: string): { total: number; passed: number } {
  const line = /^(\d+) scenarios? \(([^)]*)\)/m.exec(output);
  if (!line) return { total: 0, passed: 0 };
  const passed = /(\d+) passed/.exec(line[2]!);
  return { total: Number(line[1]), passed: passed ? Number(passed[1]) : 0 };
}
