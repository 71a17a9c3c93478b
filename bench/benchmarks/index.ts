/** Every benchmark `kubespec bench NAME` knows, in the order `npm run bench` runs them. */
import type { Benchmark } from '../benchmark';
import { cronJobBenchmark } from './cron-job';
import { featuresBenchmark } from './features-suite';
import { foundationBenchmark } from './foundation';
import { gradingBenchmark } from './grading-batch';
import { probesBenchmark } from './probes';
import { rollingUpdateBenchmark, rolloutRevisionsBenchmark } from './rollout';
import { scaleBenchmark } from './scale';
import { scalingCurveBenchmark } from './scaling-curve';

// Each benchmark's options type is its own; the registry only passes a benchmark's options back to it.
export const BENCHMARKS: readonly Benchmark<unknown>[] = [
  scaleBenchmark,
  rollingUpdateBenchmark,
  probesBenchmark,
  cronJobBenchmark,
  featuresBenchmark,
  foundationBenchmark,
  rolloutRevisionsBenchmark,
  gradingBenchmark,
  scalingCurveBenchmark,
] as unknown as readonly Benchmark<unknown>[];

export function findBenchmark(name: string): Benchmark<unknown> | undefined {
  return BENCHMARKS.find((b) => b.name === name);
}

export { graderExists } from './grading-batch';
