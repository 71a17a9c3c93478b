/**
 * (b) a rolling update of the scale benchmark's Deployment, and (g) issue 4's 1,000-replica Deployment
 * rolled through 10 revisions. Setup (cluster, Deployment Ready) is not timed; each revision changes the
 * pod template (an annotation), and a revision is done when the Deployment reports every replica updated,
 * ready and available and the old pods are gone, as `kubectl rollout status` waits for.
 */
import type { KubeObject } from '../../src/api';
import type { Cluster } from '../../src/cluster';
import type { Benchmark, Sample } from '../benchmark';
import { round, timed } from '../benchmark';
import { benchCluster, deployment, PodTally, virtualSeconds } from '../workload';
import { checkScaleMemory, deploymentAvailable } from './scale';

export interface RolloutOptions {
  nodes: number;
  replicas: number;
  revisions: number;
}

export const rollingUpdateBenchmark: Benchmark<RolloutOptions> = {
  name: 'rolling-update',
  summary: 'rolling update of the scale Deployment (N nodes, N×30 pods, default 25% surge/unavailable)',
  defaults: { nodes: 100, 'pods-per-node': 30 },
  defaultRuns: 1, // minutes of CPU at full size; pass --runs 3 for a median
  options: (v) => ({ nodes: v.nodes!, replicas: v.nodes! * v['pods-per-node']!, revisions: 1 }),
  checkMemory: (o) => void checkScaleMemory({ nodes: o.nodes, podsPerNode: o.replicas / o.nodes }, 'a rolling update'),
  run: runRollout,
};

export const rolloutRevisionsBenchmark: Benchmark<RolloutOptions> = {
  name: 'rollout-revisions',
  summary: 'a 1,000-replica Deployment rolled through 10 revisions (issue 4)',
  defaults: { nodes: 20, replicas: 1000, revisions: 10 },
  defaultRuns: 1, // minutes of CPU at full size; pass --runs 3 for a median
  options: (v) => ({ nodes: v.nodes!, replicas: v.replicas!, revisions: v.revisions! }),
  run: runRollout,
};

export function runRollout({ nodes, replicas, revisions }: RolloutOptions): Sample {
  const cluster = benchCluster(nodes);
  const tally = new PodTally(cluster);
  cluster.create(deployment({ name: 'web', replicas }));
  cluster.waitUntil(() => tally.ready === replicas && deploymentAvailable(cluster, 'web', replicas), 3_600_000, 'the first revision');
  const events = cluster.clock.eventsRun;
  const virtualStart = virtualSeconds(cluster);
  const run = timed(() => {
    for (let revision = 2; revision <= revisions + 1; revision++) {
      cluster.api.update(withRevision(cluster, revision));
      cluster.waitUntil(() => tally.total === replicas && tally.ready === replicas && deploymentAvailable(cluster, 'web', replicas), 3_600_000, `revision ${revision}`);
    }
  });
  return {
    nodes,
    pods: replicas,
    revisions,
    wall_s: round(run.wall_s),
    cpu_s: round(run.cpu_s),
    events: cluster.clock.eventsRun - events,
    virtual_s: round(virtualSeconds(cluster) - virtualStart),
    replicasets: cluster.list('ReplicaSet').length,
  };
}

/** The Deployment with its pod template annotated `kubespec.io/revision: N`, which starts a new rollout. */
function withRevision(cluster: Cluster, revision: number): KubeObject {
  const d = cluster.get('Deployment', 'default', 'web')!;
  const spec = d.spec as { template: { metadata?: { annotations?: Record<string, string> } } };
  const template = { ...spec.template, metadata: { ...spec.template.metadata, annotations: { 'kubespec.io/revision': String(revision) } } };
  return { ...d, spec: { ...spec, template } } as KubeObject;
}
