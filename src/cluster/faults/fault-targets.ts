/**
 * Which faults are possible right now, and one drawn from them: only Ready nodes can fail, only running
 * containers can crash, only pods a controller will replace are deleted (as chaos tools such as
 * chaoskube do), and the scheduler is stopped only while it runs.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { SeededRandom } from '../../clock';
import type { Cluster } from '../cluster';
import type { Fault, FaultKind } from './fault';

interface ContainerStatusView {
  name: string;
  state?: { running?: object };
}

/** The Ready condition, as the kubelet writes it (pkg/api/v1/pod/util.go IsPodReady). */
export function isReady(obj: KubeObject): boolean {
  const conditions = (obj.status as { conditions?: { type?: string; status?: string }[] } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function livePods(cluster: Cluster): StoredObject[] {
  return cluster.list('Pod').filter((p) => !p.metadata.deletionTimestamp && (p.spec as { nodeName?: string }).nodeName);
}

function runningContainers(cluster: Cluster): { pod: StoredObject; container: string }[] {
  return livePods(cluster).flatMap((pod) =>
    ((pod.status as { containerStatuses?: ContainerStatusView[] } | undefined)?.containerStatuses ?? []).filter((c) => c.state?.running).map((c) => ({ pod, container: c.name })),
  );
}

/** A fault of one of `kinds` that can strike now, or undefined when none can. */
export function drawFault(cluster: Cluster, kinds: readonly FaultKind[], down: ReadonlySet<string>, schedulerRunning: boolean, random: SeededRandom): Fault | undefined {
  const candidates: (() => Fault)[] = [];
  const nodes = cluster.list('Node').filter((n) => isReady(n) && !down.has(n.metadata.name));
  if (kinds.includes('node-outage') && nodes.length > 0) candidates.push(() => ({ kind: 'node-outage', node: random.pick(nodes).metadata.name, forMs: 15_000 + 5_000 * random.int(16) }));
  const containers = runningContainers(cluster);
  if (kinds.includes('container-crash') && containers.length > 0) {
    candidates.push(() => {
      const { pod, container } = random.pick(containers);
      return { kind: 'container-crash', namespace: pod.metadata.namespace!, pod: pod.metadata.name, container, exitCode: random.pick([1, 137, 143]) };
    });
  }
  const owned = livePods(cluster).filter((p) => p.metadata.ownerReferences?.some((o) => o.controller));
  if (kinds.includes('pod-deletion') && owned.length > 0) candidates.push(() => ({ kind: 'pod-deletion', ...podRef(random.pick(owned)) }));
  if (kinds.includes('scheduler-outage') && schedulerRunning) candidates.push(() => ({ kind: 'scheduler-outage', forMs: 10_000 + 5_000 * random.int(11) }));
  return candidates.length === 0 ? undefined : random.pick(candidates)();
}

function podRef(pod: StoredObject): { namespace: string; pod: string } {
  return { namespace: pod.metadata.namespace!, pod: pod.metadata.name };
}

export function readyPodCount(cluster: Cluster): number {
  return cluster.list('Pod').filter((p) => !p.metadata.deletionTimestamp && isReady(p)).length;
}
