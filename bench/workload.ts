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

interface PodFacts {
  bound: boolean;
  ready: boolean;
}

/** Counts bound and Running+Ready pods from watch events. */
export class PodTally {
  private readonly pods = new Map<string, PodFacts>();
  bound = 0;
  ready = 0;
  constructor(cluster: Cluster) {
    cluster.api.store.watch('Pod', (event) => {
      // Keyed by uid: every version of a pod shares that string, so no key is built or hashed per event.
      const key = event.object.metadata.uid;
      this.forget(key);
      if (event.type !== 'DELETED') this.remember(key, event.object);
    });
  }

  /** Pods in the store, terminating ones included. */
  get total(): number {
    return this.pods.size;
  }

  private remember(key: string, pod: StoredObject): void {
    const facts = { bound: Boolean((pod.spec as { nodeName?: string } | undefined)?.nodeName), ready: isRunningAndReady(pod) };
    this.pods.set(key, facts);
    if (facts.bound) this.bound++;
    if (facts.ready) this.ready++;
  }

  private forget(key: string): void {
    const old = this.pods.get(key);
    if (!old) return;
    this.pods.delete(key);
    if (old.bound) this.bound--;
    if (old.ready) this.ready--;
  }
}

export function isRunningAndReady(pod: StoredObject): boolean {
  const status = pod.status as { phase?: string; conditions?: { type?: string; status?: string }[] } | undefined;
  return status?.phase === 'Running' && (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export function virtualSeconds(cluster: Cluster): number {
  return (cluster.clock.now() - cluster.options.startTime) / 1000;
}
