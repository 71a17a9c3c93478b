/**
 * Which pods `kubectl drain` evicts (kubectl `pkg/drain/filters.go`): the pods on the node (optionally
 * `--pod-selector`), each passed through the filters in order (DaemonSet, mirror, local storage,
 * unreplicated); the first filter that says "do not delete" decides. Failures are grouped per message as
 * `cannot delete <message>: ns/a, ns/b`; warnings as `<message>: ns/a, ns/b`, joined by `; `.
 */
import { parseLabelSelector, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { CommandContext } from '../context';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

export interface DrainOptions {
  readonly force: boolean;
  readonly ignoreDaemonSets: boolean;
  readonly deleteEmptyDirData: boolean;
  readonly podSelector?: string;
}

type Status = { delete: boolean; reason: 'Okay' | 'Skip' | 'Warning' | 'Error'; message?: string };
const OKAY: Status = { delete: true, reason: 'Okay' };

export interface PodDeleteList {
  readonly pods: StoredObject<Pod>[];
  readonly warnings: string;
  readonly errors: string[];
}

export function podsForDeletion(context: CommandContext, nodeName: string, options: DrainOptions): PodDeleteList {
  const selector = options.podSelector ? parseLabelSelector(options.podSelector) : undefined;
  const onNode = (context.cluster.list('Pod') as StoredObject<Pod>[]).filter((p) => p.spec?.nodeName === nodeName && (selector?.matches(p.metadata.labels) ?? true));
  const filters = [daemonSetFilter(context, options), mirrorPodFilter, localStorageFilter(options), unreplicatedFilter(options)];
  const statuses = onNode.map((pod) => ({ pod, status: runFilters(filters, pod) }));
  return {
    pods: statuses.filter((s) => s.status.delete).map((s) => s.pod),
    warnings: grouped(statuses, 'Warning').map(([message, pods]) => `${message}: ${pods.join(', ')}`).join('; '),
    errors: grouped(statuses, 'Error').map(([message, pods]) => `cannot delete ${message}: ${pods.join(', ')}`),
  };
}

function runFilters(filters: ((pod: StoredObject<Pod>) => Status)[], pod: StoredObject<Pod>): Status {
  let status = OKAY;
  for (const filter of filters) {
    status = filter(pod);
    if (!status.delete) break;
  }
  return status;
}

function grouped(statuses: { pod: StoredObject<Pod>; status: Status }[], reason: Status['reason']): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const { pod, status } of statuses) {
    if (status.reason !== reason) continue;
    const message = status.message || 'unexpected error';
    groups.set(message, [...(groups.get(message) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
  }
  return [...groups];
}

const isFinished = (pod: Pod) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
const controllerOf = (pod: StoredObject<Pod>) => pod.metadata.ownerReferences?.find((r) => r.controller);

function daemonSetFilter(context: CommandContext, options: DrainOptions) {
  return (pod: StoredObject<Pod>): Status => {
    const ref = controllerOf(pod);
    if (!ref || ref.kind !== 'DaemonSet' || isFinished(pod)) return OKAY;
    if (!context.cluster.get('DaemonSet', pod.metadata.namespace, ref.name)) {
      const notFound = `daemonsets.apps "${ref.name}" not found`;
      return options.force ? { delete: true, reason: 'Warning', message: notFound } : { delete: false, reason: 'Error', message: notFound };
    }
    if (!options.ignoreDaemonSets) return { delete: false, reason: 'Error', message: DAEMONSET_FATAL };
    return { delete: false, reason: 'Warning', message: DAEMONSET_WARNING };
  };
}

function mirrorPodFilter(pod: StoredObject<Pod>): Status {
  return pod.metadata.annotations?.[MIRROR_ANNOTATION] !== undefined ? { delete: false, reason: 'Skip' } : OKAY;
}

function localStorageFilter(options: DrainOptions) {
  return (pod: StoredObject<Pod>): Status => {
    if (!(pod.spec?.volumes ?? []).some((v) => v.emptyDir) || isFinished(pod)) return OKAY;
    if (!options.deleteEmptyDirData) return { delete: false, reason: 'Error', message: LOCAL_STORAGE_FATAL };
    return { delete: true, reason: 'Warning', message: LOCAL_STORAGE_WARNING };
  };
}

function unreplicatedFilter(options: DrainOptions) {
  return (pod: StoredObject<Pod>): Status => {
    if (isFinished(pod) || controllerOf(pod)) return OKAY;
    return options.force ? { delete: true, reason: 'Warning', message: UNMANAGED_WARNING } : { delete: false, reason: 'Error', message: UNMANAGED_FATAL };
  };
}
