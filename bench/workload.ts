/**
 * Shared pieces of the cluster benchmarks: a Deployment manifest, an incremental tally of pods that are
 * bound and Running+Ready (kept from store watch events, so a wait predicate costs O(1) rather than a scan
 * of every pod per event), and a cluster whose run limits fit a benchmark's size.
 */
import type { KubeObject, StoredObject } from '../src/api';
import { Cluster } from '../src/cluster';

export interface DeploymentShape {
  name: string;
  replicas: number;
  image?: string;
  /** Extra container fields (probes). */
  container?: Record<string, unknown>;
}

/** Small requests, so 110 pods (a node's pod limit) fit on one default node (4 CPU, 8Gi). */
export function deployment({ name, replicas, image = 'nginx', container = {} }: DeploymentShape): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'web', image, resources: { requests: { cpu: '10m', memory: '32Mi' } }, ...container }] },
      },
    },
  } as KubeObject;
}

/** A cluster with run limits scaled to the benchmark (the defaults are sized for scenarios). */
export function benchCluster(nodes: number, seed = 1): Cluster {
  return new Cluster({ nodes, seed, limits: { maxEventsPerWait: 1e9, maxEvents: 1e9, maxEventsPerInstant: 1e9 } });
}

/**
 * Counts bound and Running+Ready pods from watch events. It runs inside the timed run, so it keeps no table:
 * a watch event carries the version it replaces (`oldObject`), whose facts are what was counted for the pod,
 * so an update moves the counts by the difference (a Map of facts per pod was three lookups and an object per
 * event). Pods already in the store when it starts are counted from the store.
 */
export class PodTally {
  bound = 0;
  ready = 0;
  /** Pods in the store, terminating ones included. */
  total = 0;
  constructor(cluster: Cluster) {
    for (const pod of cluster.api.store.list('Pod')) this.add(pod, 1);
    cluster.api.store.watch('Pod', (event) => {
      const pod = event.object;
      const old = event.oldObject;
      if (event.type === 'DELETED') return this.add(pod, -1);
      if (old === undefined) return this.add(pod, 1);
      // A write that keeps the status and the node (both frozen, shared when unchanged) moves nothing.
      if (old.status === pod.status && nodeNameOf(old) === nodeNameOf(pod)) return;
      this.count(old, -1);
      this.count(pod, 1);
    });
  }

  /** A pod appears (1) or leaves (-1). */
  private add(pod: StoredObject, sign: 1 | -1): void {
    this.total += sign;
    this.count(pod, sign);
  }

  private count(pod: StoredObject, sign: 1 | -1): void {
    if (nodeNameOf(pod)) this.bound += sign;
    if (isRunningAndReady(pod)) this.ready += sign;
  }
}

function nodeNameOf(pod: StoredObject): string | undefined {
  return (pod.spec as { nodeName?: string } | undefined)?.nodeName;
}

export function isRunningAndReady(pod: StoredObject): boolean {
  const status = pod.status as { phase?: string; conditions?: readonly { type?: string; status?: string }[] } | undefined;
  if (status?.phase !== 'Running' || status.conditions === undefined) return false;
  for (const c of status.conditions) if (c.type === 'Ready' && c.status === 'True') return true;
  return false;
}

export function virtualSeconds(cluster: Cluster): number {
  return (cluster.clock.now() - cluster.options.startTime) / 1000;
}
