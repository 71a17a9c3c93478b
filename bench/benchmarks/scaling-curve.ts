/**
 * Issue 9's scaling curve: the scale benchmark at doubling node counts (by default 500, 1,000, 2,000 and
 * 5,000 nodes — the last step is clamped to `max`), 30 pods per node, one run each. Cost per pod should stay
 * flat; `per_pod_ratio` is the last size's µs per pod over the first's (1.0 = perfectly linear).
 */
import type { Benchmark, Sample } from '../benchmark';
import { round } from '../benchmark';
import { exposeGc } from '../memory-estimate';
import { checkScaleMemory, runScale } from './scale';

export interface CurveOptions {
  from: number;
  max: number;
  podsPerNode: number;
}

export const scalingCurveBenchmark: Benchmark<CurveOptions> = {
  name: 'scaling-curve',
  summary: 'the scale benchmark at 500, 1,000, 2,000, 5,000 nodes: µs per pod must stay flat',
  defaults: { from: 500, max: 5000, 'pods-per-node': 30 },
  defaultRuns: 1,
  options: (v) => ({ from: v.from!, max: v.max!, podsPerNode: v['pods-per-node']! }),
  checkMemory: (o) => void checkScaleMemory({ nodes: o.max, podsPerNode: o.podsPerNode }, 'the scaling curve'),
  run: runCurve,
};

export function curveSizes(from: number, max: number): number[] {
  const sizes: number[] = [];
  for (let n = from; n < max; n *= 2) sizes.push(n);
  return [...sizes, max];
}

export function runCurve({ from, max, podsPerNode }: CurveOptions): Sample {
  const sample: Sample = { wall_s: 0, cpu_s: 0, events: 0, virtual_s: 0 };
  const perPod: number[] = [];
  const gc = exposeGc();
  for (const nodes of curveSizes(from, max)) {
    // Each size starts from the heap a fresh process would have, not the one the previous size grew.
    gc();
    const { sample: run } = runScale({ nodes, podsPerNode });
    sample.wall_s += run.wall_s;
    sample.cpu_s += run.cpu_s;
    sample.events += run.events;
    sample.virtual_s += run.virtual_s;
    sample[`us_per_pod_${nodes}`] = run.us_per_pod!;
    sample[`cpu_us_per_pod_${nodes}`] = round((run.cpu_s * 1e6) / run.pods!, 1);
    perPod.push((run.cpu_s * 1e6) / run.pods!);
  }
  sample.per_pod_ratio = round(perPod.at(-1)! / perPod[0]!, 2);
  return sample;
}
