/**
 * Questions scenarios ask about pods, answered the way a person reads kubectl: the STATUS, READY and
 * RESTARTS columns of `kubectl get pod`, the Ready condition, and container start/finish instants.
 */
import type { StoredObject } from '../api';
import type { Cluster } from '../cluster';
import { parseRFC3339 } from '../clock';
import { podColumns, type PodColumns } from './printers';

export function podOrUndefined(cluster: Cluster, namespace: string, name: string): StoredObject | undefined {
  return cluster.get('Pod', namespace, name);
}

/** The columns of `kubectl get pod NAME`, or undefined when the pod does not exist. */
export function podRow(cluster: Cluster, namespace: string, name: string): PodColumns | undefined {
  const pod = podOrUndefined(cluster, namespace, name);
  return pod ? podColumns(pod, cluster.clock.now()) : undefined;
}

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { running?: { startedAt?: string }; terminated?: { startedAt?: string; finishedAt?: string } };
  lastState?: { terminated?: { startedAt?: string; finishedAt?: string } };
}

interface PodStatus {
  conditions?: { type: string; status: string }[];
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
}

export function isPodReady(pod: StoredObject): boolean {
  return ((pod.status as PodStatus | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Sum of restartCount over the pod's regular and init containers. */
export function podRestarts(pod: StoredObject): number {
  const status = pod.status as PodStatus | undefined;
  return [...(status?.containerStatuses ?? []), ...(status?.initContainerStatuses ?? [])].reduce((n, c) => n + (c.restartCount ?? 0), 0);
}

function containerStatus(pod: StoredObject, container: string): ContainerStatus | undefined {
  const status = pod.status as PodStatus | undefined;
  return [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])].find((c) => c.name === container);
}

/** When a container's current (or first recorded) run started, in virtual ms. */
export function containerStartedAt(pod: StoredObject, container: string): number | undefined {
  const c = containerStatus(pod, container);
  const text = c?.state?.running?.startedAt ?? c?.state?.terminated?.startedAt ?? c?.lastState?.terminated?.startedAt;
  return text ? parseRFC3339(text) : undefined;
}

/** When a container's (last) run finished, in virtual ms. */
export function containerFinishedAt(pod: StoredObject, container: string): number | undefined {
  const c = containerStatus(pod, container);
  const text = c?.state?.terminated?.finishedAt ?? c?.lastState?.terminated?.finishedAt;
  return text ? parseRFC3339(text) : undefined;
}
