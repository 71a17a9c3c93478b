/**
 * (a) Kubernetes' scalability envelope: an N-node cluster and one Deployment of N×podsPerNode replicas,
 * measured until every pod is Running and Ready (issue 9's goal: 5,000 nodes, 150,000 pods, < 60 s, < 4 GiB,
 * ≥ 10,000 pods scheduled per wall second). `pods_scheduled_per_s` counts from the Deployment's creation to
 * the last binding, so it includes the ReplicaSet's creates and the API pipeline, not the scheduler alone.
 *
 * The scheduler alone (`scheduler_pods_per_s`, `scheduler_us_per_pod`, `SchedulerProbe` below) is the wall
 * time of what kube-scheduler's own loop does for a pod, summed over the run:
 *  - every scheduling cycle: the scheduler's `reconcile` (reading the pod, its scheduling queue's
 *    bookkeeping, PreFilter, Filter over the candidate nodes, Score, selectHost, and the assume that counts
 *    the pod on its node in the cache), failed attempts included (`scheduler_attempts` counts them all); the
 *    shared runner's dequeue of the key (one array read) is outside;
 *  - its binding: `ApiServer.bind` (read the pod, build the bound copy and its PodScheduled condition, the
 *    store write: freeze, resourceVersion, indexes), **minus** the watchers that write notifies
 *    synchronously (kubelet, controllers, timeline, the scheduler's own informer, this benchmark's tally) —
 *    they are other components' work, which a real apiserver delivers asynchronously.
 * Not counted: the `Scheduled` Event (kube-scheduler's event broadcaster sends it from its own goroutine),
 * and the scheduler's informer handlers for every Pod and Node write (its cache and queue following the
 * watch). `scheduler_reconcile_us_per_pod` and `scheduler_bind_us_per_pod` split the total; the `*_cpu_*`
 * fields (with `--scheduler-cpu 1`) are the same intervals in CPU time of the process (the numbers to compare
 * on a shared machine; reading CPU time is slow here, so it is off by default).
 * `--bound-only 1` stops once every pod is bound (no Running/Ready fields): a short run at thousands of nodes,
 * e.g. `bench scale --nodes 5000 --pods-per-node 2 --bound-only 1 --runs 1`.
 */
import { performance } from 'node:perf_hooks';
import type { Benchmark, Sample } from '../benchmark';
import { rate, round, timed } from '../benchmark';
import { refuseIfTooBig, retainedBytes } from '../memory-estimate';
import { Stopwatch, wallAndCpuClocks, wallClock } from '../stopwatch';
import { benchCluster, deployment, PodTally, virtualSeconds } from '../workload';
import type { ApiServer } from '../../src/api';
import type { Cluster } from '../../src/cluster';
import type { Scheduler } from '../../src/scheduler';

export interface ScaleOptions {
  nodes: number;
  podsPerNode: number;
  /** Stop once every pod is bound (the scheduler's part), without waiting for Running and Ready. */
  boundOnly?: boolean;
  /** Also measure the scheduler's intervals in CPU time (costly to read; see SchedulerProbe). */
  schedulerCpu?: boolean;
}

/** Sizes up to this many pods are not worth a calibration run. */
const CALIBRATION_THRESHOLD_PODS = 3000;
/** Two small sizes: their difference is the cost of a pod (with its share of nodes), free of fixed costs. */
const CALIBRATION_NODES = [4, 12] as const;

export const scaleBenchmark: Benchmark<ScaleOptions> = {
  name: 'scale',
  summary: 'N nodes, one Deployment of N×30 pods, until every pod is Running and Ready',
  defaults: { nodes: 100, 'pods-per-node': 30, 'bound-only': 0, 'scheduler-cpu': 0 },
  defaultRuns: 3,
  options: (v) => ({ nodes: v.nodes!, podsPerNode: v['pods-per-node']!, boundOnly: v['bound-only'] === 1, schedulerCpu: v['scheduler-cpu'] === 1 }),
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

export function runScale({ nodes, podsPerNode, boundOnly = false, schedulerCpu = false }: ScaleOptions): { sample: Sample; cluster: Cluster } {
  const pods = nodes * podsPerNode;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const built = timed(() => benchCluster(nodes));
  const cluster = built.value;
  const tally = new PodTally(cluster);
  const probe = new SchedulerProbe(cluster, schedulerCpu);
  const eventsBefore = cluster.clock.eventsRun;
  const createdAt = performance.now();
  cluster.create(deployment({ name: 'web', replicas: pods }));
  cluster.waitUntil(() => tally.bound === pods, 3_600_000, `${pods} pods bound`);
  const boundAt = performance.now();
  if (!boundOnly) cluster.waitUntil(() => tally.ready === pods && deploymentAvailable(cluster, 'web', pods), 3_600_000, `${pods} pods Running and Ready`);
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
    ...probe.sample(),
    ...(boundOnly ? {} : { pods_running_per_s: rate(pods, wall_s), us_per_pod: round((wall_s * 1e6) / pods, 1) }),
  };
  return { sample, cluster };
}

/**
 * Wall time of the scheduler's own work (see the file header): wraps the scheduler's `reconcile` and the API
 * server's `bind` on this cluster's instances, and, during a bind, the store's watcher notification, whose
 * time is subtracted. Only the outermost notification is timed (a watcher's own writes nest inside it). With
 * `cpu`, the same intervals are also measured in CPU time, the number to read when the machine is shared.
 * CPU time is opt-in because reading it is a system call (`getrusage`): 4–19 µs per read on this VM, whose
 * clock is not in the vDSO either (`performance.now()` ≈ 1.2 µs), and six reads per pod would add ≈ 10 % to
 * the run's own wall time.
 */
class SchedulerProbe {
  private readonly reconcile: Stopwatch;
  private readonly bind: Stopwatch;
  private readonly watchers: Stopwatch;
  private attempts = 0;
  private binds = 0;

  constructor(
    cluster: Cluster,
    private readonly cpu: boolean,
  ) {
    const clocks = cpu ? wallAndCpuClocks() : wallClock();
    [this.reconcile, this.bind, this.watchers] = [new Stopwatch(clocks), new Stopwatch(clocks), new Stopwatch(clocks)];
    const scheduler = cluster.context.services.get('scheduler') as Scheduler;
    const reconcile = scheduler.reconcile.bind(scheduler);
    scheduler.reconcile = (key, context) => {
      this.attempts++;
      return this.reconcile.time(() => reconcile(key, context));
    };
    this.wrapBind(cluster.api);
  }

  private wrapBind(api: ApiServer): void {
    const store = api.store;
    const notify = store['notify'].bind(store);
    const bind = api.bind.bind(api);
    let inBind = false;
    store['notify'] = (event) => {
      if (!inBind) return notify(event);
      inBind = false;
      this.watchers.time(() => notify(event));
      inBind = true;
    };
    api.bind = (namespace, name, nodeName, options) => {
      this.binds++;
      inBind = true;
      try {
        return this.bind.time(() => bind(namespace, name, nodeName, options), this.watchers);
      } finally {
        inBind = false;
      }
    };
  }

  sample(): Record<string, number> {
    const perPod = (us: number) => round(us / Math.max(1, this.binds), 1);
    const wallUs = (this.reconcile.wallMs + this.bind.wallMs) * 1000;
    const wall = {
      scheduler_attempts: this.attempts,
      scheduler_pods_per_s: rate(this.binds, wallUs / 1e6),
      scheduler_us_per_pod: perPod(wallUs),
      scheduler_reconcile_us_per_pod: perPod(this.reconcile.wallMs * 1000),
      scheduler_bind_us_per_pod: perPod(this.bind.wallMs * 1000),
    };
    if (!this.cpu) return wall;
    return {
      ...wall,
      scheduler_cpu_us_per_pod: perPod(this.reconcile.cpuUs + this.bind.cpuUs),
      scheduler_reconcile_cpu_us_per_pod: perPod(this.reconcile.cpuUs),
      scheduler_bind_cpu_us_per_pod: perPod(this.bind.cpuUs),
    };
  }
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
