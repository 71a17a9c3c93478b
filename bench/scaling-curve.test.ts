/**
 * Guards issue 9's scaling curve at CI size: the CPU cost per pod of the scale benchmark at 40 nodes
 * (1,200 pods) must stay within 1.5× of its cost at 10 nodes (300 pods). A per-event scan of every pod
 * (the ReplicaSet listing its namespace on each pod event did exactly that) makes the ratio ≈ 2.5 here;
 * linear work keeps it ≤ 1 (fixed costs weigh more at the small size). A ratio, not a wall-clock limit,
 * and CPU time rather than wall time, so a busy machine does not fail it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScale } from './benchmarks/scale';

function cpuPerPod(nodes: number): number {
  const { sample } = runScale({ nodes, podsPerNode: 30 });
  assert.equal(sample.pods, nodes * 30);
  return sample.cpu_s / sample.pods!;
}

test('cost per pod stays flat from 300 to 1,200 pods (no quadratic term)', () => {
  cpuPerPod(5); // warm-up: module loading and JIT compilation are not per-pod costs
  const small = cpuPerPod(10);
  const large = cpuPerPod(40);
  const ratio = large / small;
  assert.ok(ratio < 1.5, `CPU per pod grew ${ratio.toFixed(2)}× from 300 to 1,200 pods (${(small * 1e6).toFixed(0)} → ${(large * 1e6).toFixed(0)} µs)`);
});
