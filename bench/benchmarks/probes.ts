/**
 * (c) issue 3's probe load: 1,000 pods with an httpGet liveness and readiness probe every 10 s, for one
 * virtual hour (goal: ≥ 1,000,000 probe runs per wall minute). Setup (pods Running and Ready) is not
 * timed. Probe runs are counted as the probe ticks the kubelets schedule during the hour.
 */
import type { Benchmark, Sample } from '../benchmark';
import { rate, round, timed } from '../benchmark';
import { benchCluster, deployment, PodTally, virtualSeconds } from '../workload';
import { deploymentAvailable } from './scale';

export interface ProbeOptions {
  pods: number;
  nodes: number;
  hours: number;
}

const PROBE = { httpGet: { path: '/', port: 80 }, periodSeconds: 10 };

export const probesBenchmark: Benchmark<ProbeOptions> = {
  name: 'probes',
  summary: '1,000 pods with liveness + readiness probes every 10s for one virtual hour',
  defaults: { pods: 1000, nodes: 10, hours: 1 },
  defaultRuns: 3,
  options: (v) => ({ pods: v.pods!, nodes: v.nodes!, hours: v.hours! }),
  run: runProbes,
};

export function runProbes({ pods, nodes, hours }: ProbeOptions): Sample {
  const cluster = benchCluster(nodes);
  const tally = new PodTally(cluster);
  cluster.create(deployment({ name: 'probed', replicas: pods, container: { livenessProbe: PROBE, readinessProbe: PROBE } }));
  cluster.waitUntil(() => tally.ready === pods && deploymentAvailable(cluster, 'probed', pods), 3_600_000, `${pods} probed pods Ready`);
  let probeRuns = 0;
  const schedule = cluster.clock.schedule.bind(cluster.clock);
  // Counting wrapper: every probe tick is a clock event whose label names the probe (probe-worker.ts).
  cluster.clock.schedule = (delayMs, label, run) => schedule(delayMs, label, label.includes(' probe ') ? () => (probeRuns++, run()) : run);
  const events = cluster.clock.eventsRun;
  const virtualStart = virtualSeconds(cluster);
  const run = timed(() => cluster.advance(hours * 3_600_000));
  return {
    pods,
    nodes,
    wall_s: round(run.wall_s),
    cpu_s: round(run.cpu_s),
    events: cluster.clock.eventsRun - events,
    virtual_s: round(virtualSeconds(cluster) - virtualStart),
    probe_runs: probeRuns,
    probe_runs_per_min: rate(probeRuns * 60, run.wall_s),
    ready_after: tally.ready,
  };
}
