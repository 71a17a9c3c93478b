/**
 * Workload promises under random faults (node outages, container crashes, pod deletions, scheduler
 * outages), checked after every clock event while Deployments roll out: see workload-invariants.ts. Each
 * case is a seed; the faults, like everything else, replay exactly from it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Cluster, injectRandomFaults, nodeFiles, type FaultKind } from '../../cluster';
import { SeededRandom } from '../../clock';
import { Kubectl, SandboxedFiles } from '../../kubectl';
import { fuzzParameters } from '../fuzz/fuzz-runs';
import { CHAOS_WORKLOADS, RETAINED_FILE } from './chaos-workloads';
import { allOf, daemonSetOnePerNode, deploymentWithinBounds, jobWithinParallelism, retainedDataKept, statefulSetOrdinalsUnique, volumesBoundOnce } from './workload-invariants';

const MINUTE = 60_000;

function chaosRun(seed: number, kinds: readonly FaultKind[] | undefined, invariants: (cluster: Cluster) => () => string | undefined): void {
  const cluster = new Cluster({ nodes: 3, seed });
  const kubectl = (line: string, stdin?: string) => new Kubectl({ cluster, files: new SandboxedFiles(), stdin }).run(line);
  assert.equal(kubectl('kubectl apply -f -', CHAOS_WORKLOADS).stderr, '');
  const invariant = invariants(cluster);
  const random = new SeededRandom(seed);
  cluster.advance(MINUTE);
  for (const image of ['nginx:1.26', 'nginx:1.27', 'nginx:1.28']) {
    assert.equal(kubectl(`kubectl set image deployment/web nginx=${image}`).exitCode, 0);
    injectRandomFaults(cluster, 3 * MINUTE, random, { kinds, invariant });
  }
  // The claim goes; its Retain volume and the data on it stay.
  assert.equal(kubectl('kubectl delete pod/writer pvc/keep --wait=false').exitCode, 0);
  injectRandomFaults(cluster, MINUTE, random, { kinds, invariant });
}

test('under any faults: surge, one pod per ordinal, one claim per volume, one daemon per node, parallelism, retained data', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) =>
      chaosRun(seed, undefined, (cluster) =>
        allOf([
          deploymentWithinBounds(cluster, 'web', false),
          statefulSetOrdinalsUnique(cluster, 'db'),
          volumesBoundOnce(cluster),
          daemonSetOnePerNode(cluster, 'agent'),
          jobWithinParallelism(cluster, 'crunch'),
          retainedDataKept(cluster, 'node-1', RETAINED_FILE),
          () => (cluster.clock.now() > cluster.options.startTime + 5 * MINUTE && !nodeFiles(cluster, 'node-1').has(RETAINED_FILE) ? ['the writer never wrote to its Retain volume'] : []),
        ]),
      ),
    ),
    fuzzParameters(2, process.env),
  );
});

test('while only the scheduler fails, a rollout keeps replicas - maxUnavailable pods available', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => chaosRun(seed, ['scheduler-outage'], (cluster) => allOf([deploymentWithinBounds(cluster, 'web', true)]))),
    fuzzParameters(2, process.env),
  );
});
