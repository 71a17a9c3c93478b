/**
 * Where a DaemonSet runs (pkg/controller/daemon/daemon_controller.go NodeShouldRunDaemonPod,
 * util/daemonset_util.go AddOrUpdateDaemonPodTolerations, ReplaceDaemonSetPodNodeNameNodeAffinity) and the
 * pod it creates for a node. Since 1.12 the pod targets its node through required node affinity on
 * `metadata.name` and the scheduler binds it; in legacy mode (ScheduleDaemonSetPods off, before 1.12) the
 * controller writes `spec.nodeName` itself and the scheduler never sees the pod.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { DaemonSet, PodTemplateSpec } from '../../api/schemas';
import { hasUntoleratedTaint, matchesNodeAffinity, nodeTaints, type Toleration } from '../node-fit';
import { podFromTemplate } from '../pod-from-template';

export const REVISION_HASH_LABEL = 'controller-revision-hash';
export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

/** The tolerations every DaemonSet pod gets, in AddOrUpdateDaemonPodTolerations' order. */
export function daemonTolerations(hostNetwork: boolean): Toleration[] {
  const exists = (key: string, effect: string): Toleration => ({ key, operator: 'Exists', effect });
  return [
    exists('node.kubernetes.io/not-ready', 'NoExecute'),
    exists('node.kubernetes.io/unreachable', 'NoExecute'),
    exists('node.kubernetes.io/disk-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/memory-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/pid-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/unschedulable', 'NoSchedule'),
    ...(hostNetwork ? [exists('node.kubernetes.io/network-unavailable', 'NoSchedule')] : []),
  ];
}

/** The template's tolerations plus the daemon ones it does not already have (same key and effect). */
export function withDaemonTolerations(spec: { tolerations?: Toleration[]; hostNetwork?: boolean }): Toleration[] {
  const own = spec.tolerations ?? [];
  const added = daemonTolerations(spec.hostNetwork === true).filter((t) => !own.some((o) => o.key === t.key && o.effect === t.effect));
  return [...own, ...added];
}

export interface Placement {
  shouldRun: boolean;
  shouldContinueRunning: boolean;
}

export function nodeShouldRunDaemonPod(node: KubeObject, ds: DaemonSet): Placement {
  const spec = (ds.spec?.template?.spec ?? {}) as { nodeName?: string; tolerations?: Toleration[]; hostNetwork?: boolean };
  if (spec.nodeName && spec.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!matchesNodeAffinity(spec as never, node)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = withDaemonTolerations(spec);
  const taints = nodeTaints(node);
  if (!hasUntoleratedTaint(taints, tolerations, ['NoSchedule', 'NoExecute'])) return { shouldRun: true, shouldContinueRunning: true };
  return { shouldRun: false, shouldContinueRunning: !hasUntoleratedTaint(taints, tolerations, ['NoExecute']) };
}

export function templateGeneration(ds: StoredObject<DaemonSet>): string {
  return ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? String(ds.metadata.generation ?? 1);
}

/** The pod for one node: revision labels, daemon tolerations, and the node as affinity target or nodeName. */
export function daemonPod(ds: StoredObject<DaemonSet>, nodeName: string, hash: string, legacyScheduling: boolean): KubeObject {
  const template = ds.spec?.template as PodTemplateSpec | undefined;
  const spec = (template?.spec ?? {}) as Record<string, unknown> & { affinity?: Record<string, unknown> };
  const placement = legacyScheduling ? { nodeName } : { affinity: nodeNameAffinity(spec.affinity, nodeName) };
  return podFromTemplate(template, ds, {
    labels: { [REVISION_HASH_LABEL]: hash, [TEMPLATE_GENERATION_LABEL]: templateGeneration(ds) },
    spec: { tolerations: withDaemonTolerations(spec as never), ...placement },
  });
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the required terms become one matchFields term on the node name. */
function nodeNameAffinity(affinity: Record<string, unknown> | undefined, nodeName: string): Record<string, unknown> {
  const required = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }] };
  const nodeAffinity = { ...((affinity?.nodeAffinity as Record<string, unknown> | undefined) ?? {}), requiredDuringSchedulingIgnoredDuringExecution: required };
  return { ...(affinity ?? {}), nodeAffinity };
}

/** GetTargetNodeName: the bound node, else the node the affinity targets. */
export function targetNodeName(pod: KubeObject): string | undefined {
  const spec = pod.spec as { nodeName?: string; affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchFields?: { key?: string; values?: string[] }[] }[] } } } };
  if (spec?.nodeName) return spec.nodeName;
  const terms = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms.flatMap((t) => t.matchFields ?? []).find((f) => f.key === 'metadata.name')?.values?.[0];
}

/** IsPodUpdated: the pod carries the current revision hash or template generation. */
export function isPodUpdated(pod: KubeObject, hash: string, generation: string): boolean {
  return pod.metadata.labels?.[REVISION_HASH_LABEL] === hash || pod.metadata.labels?.[TEMPLATE_GENERATION_LABEL] === generation;
}
