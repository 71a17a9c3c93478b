/**
 * (a) Kubernetes' scalability envelope: an N-node cluster and one Deployment of N×podsPerNode replicas,
 * measured until every pod is Running and Ready (issue 9's goal: 5,000 nodes, 150,000 pods, < 60 s, < 4 GiB,
 * ≥ 10,000 pods scheduled per wall second). `pods_scheduled_per_s` counts from the Deployment's creation to
 * the last binding, so it includes the ReplicaSet's creates and the API pipeline, not the scheduler alone.
 */
import { performance } from 'node:perf_hooks';
import type { Benchmark, Sample } from '../benchmark';
import { rate, round, timed } from '../benchmark';
import { refuseIfTooBig, retainedBytes } from '../memory-estimate';
import { benchCluster, deployment, PodTally, virtualSeconds } from '../workload';
import type { Cluster } from '../../src/cluster';

export interface ScaleOptions {
  nodes: number;
  podsPerNode: number;
}

/** Sizes up to this many pods are not worth a calibration run. */
const CALIBRATION_THRESHOLD_PODS = 3000;
/** Two small sizes: their difference is the cost of a pod (with its share of nodes), free of fixed costs. */
const CALIBRATION_NODES = [4, 12] as const;

export const scaleBenchmark: Benchmark<ScaleOptions> = {
  name: 'scale',
  summary: 'N nodes, one Deployment of N×30 pods, until every pod is Running and Ready',
  defaults: { nodes: 100, 'pods-per-node': 30 },
  defaultRuns: 3,
  options: (v) => ({ nodes: v.nodes!, podsPerNode: v['pods-per-node']! }),
  checkMemory: (o) => void checkScaleMemory(o, 'this benchmark'),
  run: (o) => runScale(o).sample,
};

/**
 * Projects the retained heap of a run from two small calibration clusters (bytes per pod = the slope between
 * them) and throws MemoryRefusal when it will not fit. Returns the estimate in bytes.
 */
export function checkScaleMemory({ nodes, podsPerNode }: ScaleOptions, what: string): number {
  const pods = nodes * podsPerNode;
  if (pods <= CALIBRATION_THRESHOLD_PODS) return 0;
  const [small, large] = CALIBRATION_NODES.map((n) => retainedBytes(() => runScale({ nodes: n, podsPerNode }).cluster));
  const perPod = Math.max(0, large! - small!) / ((CALIBRATION_NODES[1] - CALIBRATION_NODES[0]) * podsPerNode);
  const fixed = Math.max(0, small! - perPod * CALIBRATION_NODES[0] * podsPerNode);
  // ×1.5 leaves room for V8's own overhead and the garbage between collections.
  const estimate = (fixed + perPod * pods) * 1.5;
  refuseIfTooBig(`${what} with ${nodes} nodes × ${podsPerNode} pods (${pods} pods at ~${Math.round(perPod / 1024)} KiB each)`, estimate);
  return estimate;
}

export function runScale({ nodes, podsPerNode }: ScaleOptions): { sample: Sample; cluster: Cluster } {
  const pods = nodes * podsPerNode;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const built = timed(() => benchCluster(nodes));
  const cluster = built.value;
  const tally = new PodTally(cluster);
  const eventsBefore = cluster.clock.eventsRun;
  const createdAt = performance.now();
  cluster.create(deployment({ name: 'web', replicas: pods }));
  cluster.waitUntil(() => tally.bound === pods, 3_600_000, `${pods} pods bound`);
  const boundAt = performance.now();
  cluster.waitUntil(() => tally.ready === pods && deploymentAvailable(cluster, 'web', pods), 3_600_000, `${pods} pods Running and Ready`);
  const wall_s = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const sample: Sample = {
    nodes,
    pods,
    wall_s: round(wall_s),
    cpu_s: round((used.user + used.system) / 1e6),
    cluster_s: round(built.wall_s),
    events: cluster.clock.eventsRun - eventsBefore,
    reconciles: cluster.runner.reconciles,
    virtual_s: round(virtualSeconds(cluster)),
    pods_scheduled_per_s: rate(pods, (boundAt - createdAt) / 1000),
    pods_running_per_s: rate(pods, wall_s),
    us_per_pod: round((wall_s * 1e6) / pods, 1),
  };
  return { sample, cluster };
}

export function deploymentAvailable(cluster: Cluster, name: string, replicas: number): boolean {
  const d = cluster.get('Deployment', 'default', name);
  const status = d?.status as { replicas?: number; updatedReplicas?: number; readyReplicas?: number; availableReplicas?: number; observedGeneration?: number } | undefined;
  return (
    status?.observedGeneration === d?.metadata.generation &&
    status?.replicas === replicas &&
    status.updatedReplicas === replicas &&
    status.readyReplicas === replicas &&
    status.availableReplicas === replicas
  );
}
