/**
 * What Kubernetes' workload controllers promise whatever happens, as checks over a cluster's current state
 * (each returns the promises broken right now): a Deployment stays within maxSurge (and, without
 * disruptions, within maxUnavailable), a StatefulSet never runs two pods of one ordinal, a PV is bound to at
 * most one claim, a DaemonSet runs at most one pod per node, a Job at most `parallelism` pods, and data on a
 * Retain volume is never lost. Run after every clock event by `injectRandomFaults`.
 */
import type { StoredObject } from '../../api';
import { isReady, kubelets, nodeFiles, type Cluster } from '../../cluster';

export type Invariant = () => string[];

function isActive(pod: StoredObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return !pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

function ownedBy(cluster: Cluster, kind: string, owner: StoredObject | undefined): StoredObject[] {
  if (!owner) return [];
  return cluster.list(kind, owner.metadata.namespace).filter((o) => o.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid));
}

/** `intstr.GetScaledValueFromIntOrPercent`: percentages of `total`, rounded up for surge and down for unavailable. */
function scaled(value: number | string | undefined, total: number, roundUp: boolean): number {
  const text = String(value ?? '25%');
  if (!text.endsWith('%')) return Number(text);
  const exact = (Number(text.slice(0, -1)) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** pkg/controller/deployment/util ResolveFenceposts: both zero means one may be unavailable. */
export function deploymentFenceposts(deployment: StoredObject): { replicas: number; maxSurge: number; maxUnavailable: number } {
  const spec = deployment.spec as { replicas?: number; strategy?: { rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } } };
  const replicas = spec.replicas ?? 1;
  const maxSurge = scaled(spec.strategy?.rollingUpdate?.maxSurge, replicas, true);
  const maxUnavailable = scaled(spec.strategy?.rollingUpdate?.maxUnavailable, replicas, false);
  return { replicas, maxSurge, maxUnavailable: maxSurge === 0 && maxUnavailable === 0 ? 1 : maxUnavailable };
}

export function deploymentWithinBounds(cluster: Cluster, name: string, checkAvailability: boolean): Invariant {
  return () => {
    const deployment = cluster.get('Deployment', 'default', name);
    if (!deployment) return [];
    const { replicas, maxSurge, maxUnavailable } = deploymentFenceposts(deployment);
    const pods = ownedBy(cluster, 'ReplicaSet', deployment).flatMap((rs) => ownedBy(cluster, 'Pod', rs)).filter(isActive);
    const broken: string[] = [];
    if (pods.length > replicas + maxSurge) broken.push(`Deployment ${name} has ${pods.length} pods, more than ${replicas} replicas + ${maxSurge} maxSurge`);
    const available = pods.filter(isReady).length;
    if (checkAvailability && available < replicas - maxUnavailable) broken.push(`Deployment ${name} has ${available} available pods, fewer than ${replicas} replicas - ${maxUnavailable} maxUnavailable`);
    return broken;
  };
}

/**
 * Two pods of one ordinal must never run at once, even on a node that stopped reporting: every pod the
 * StatefulSet ever had is remembered and asked of its kubelet, not only those still in the store.
 */
export function statefulSetOrdinalsUnique(cluster: Cluster, name: string): Invariant {
  const seen = new Map<string, { ordinal: string; node?: string; containers: string[] }>();
  cluster.api.store.watch('Pod', ({ object: pod }) => {
    if (!pod.metadata.ownerReferences?.some((r) => r.kind === 'StatefulSet' && r.name === name)) return;
    const spec = pod.spec as { nodeName?: string; containers?: { name: string }[] };
    seen.set(pod.metadata.uid, { ordinal: pod.metadata.name, node: spec.nodeName, containers: (spec.containers ?? []).map((c) => c.name) });
  });
  return () => {
    const running = new Map<string, number>();
    for (const [uid, pod] of seen) {
      const agent = pod.node ? kubelets(cluster).agent(pod.node) : undefined;
      if (agent && pod.containers.some((c) => agent.runningContainer(uid, c))) running.set(pod.ordinal, (running.get(pod.ordinal) ?? 0) + 1);
    }
    return [...running].filter(([, n]) => n > 1).map(([ordinal, n]) => `StatefulSet ${name} runs ${n} pods named ${ordinal}`);
  };
}

export function volumesBoundOnce(cluster: Cluster): Invariant {
  return () => {
    const claimsPerVolume = new Map<string, string[]>();
    for (const claim of cluster.list('PersistentVolumeClaim')) {
      const volume = (claim.spec as { volumeName?: string }).volumeName;
      if (volume && (claim.status as { phase?: string } | undefined)?.phase === 'Bound') claimsPerVolume.set(volume, [...(claimsPerVolume.get(volume) ?? []), claim.metadata.name]);
    }
    return [...claimsPerVolume].filter(([, claims]) => claims.length > 1).map(([volume, claims]) => `PersistentVolume ${volume} is bound to ${claims.join(' and ')}`);
  };
}

export function daemonSetOnePerNode(cluster: Cluster, name: string): Invariant {
  return () => {
    const perNode = new Map<string, number>();
    for (const pod of ownedBy(cluster, 'Pod', cluster.get('DaemonSet', 'default', name)).filter(isActive)) {
      const node = (pod.spec as { nodeName?: string }).nodeName ?? '(unscheduled)';
      perNode.set(node, (perNode.get(node) ?? 0) + 1);
    }
    return [...perNode].filter(([, n]) => n > 1).map(([node, n]) => `DaemonSet ${name} runs ${n} pods on ${node}`);
  };
}

export function jobWithinParallelism(cluster: Cluster, name: string): Invariant {
  return () => {
    const job = cluster.get('Job', 'default', name);
    const parallelism = (job?.spec as { parallelism?: number } | undefined)?.parallelism ?? 1;
    const active = ownedBy(cluster, 'Pod', job).filter(isActive).length;
    return active > parallelism ? [`Job ${name} runs ${active} pods, more than parallelism ${parallelism}`] : [];
  };
}

/** Once written, a file on a Retain volume's node directory stays. */
export function retainedDataKept(cluster: Cluster, node: string, path: string): Invariant {
  let written = false;
  return () => {
    const present = nodeFiles(cluster, node).has(path);
    written ||= present;
    return written && !present ? [`${path} on ${node} (a Retain volume) was lost`] : [];
  };
}

/** All invariants as one `injectRandomFaults` invariant: the first broken promises, joined. */
export function allOf(invariants: readonly Invariant[]): () => string | undefined {
  return () => {
    const broken = invariants.flatMap((check) => check());
    return broken.length ? broken.join('; ') : undefined;
  };
}
