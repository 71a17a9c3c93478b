/**
 * The node checks a DaemonSet controller makes itself (pkg/controller/daemon NodeShouldRunDaemonPod with
 * component-helpers' nodeaffinity and v1helper taint matching): nodeSelector, required node affinity
 * (matchExpressions on labels, matchFields on metadata.name), and taints against tolerations.
 */
import type { KubeObject } from '../api';

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

interface Requirement {
  key?: string;
  operator?: string;
  values?: string[];
}

interface PodSpecView {
  nodeSelector?: Record<string, string>;
  affinity?: { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: { matchExpressions?: Requirement[]; matchFields?: Requirement[] }[] } } };
  tolerations?: Toleration[];
}

export function nodeLabels(node: KubeObject): Record<string, string> {
  return node.metadata.labels ?? {};
}

export function nodeTaints(node: KubeObject): Taint[] {
  return ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []) as Taint[];
}

/** GetRequiredNodeAffinity(pod).Match(node): the nodeSelector and any one required term. */
export function matchesNodeAffinity(spec: PodSpecView, node: KubeObject): boolean {
  const labels = nodeLabels(node);
  if (Object.entries(spec.nodeSelector ?? {}).some(([k, v]) => labels[k] !== v)) return false;
  const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((t) => (t.matchExpressions?.length || t.matchFields?.length) && (t.matchExpressions ?? []).every((r) => matchesRequirement(r, labels)) && (t.matchFields ?? []).every((r) => matchesRequirement(r, { 'metadata.name': node.metadata.name ?? '' })));
}

function matchesRequirement(r: Requirement, values: Record<string, string>): boolean {
  const value = values[r.key ?? ''];
  switch (r.operator) {
    case 'In':
      return value !== undefined && (r.values ?? []).includes(value);
    case 'NotIn':
      return value === undefined || !(r.values ?? []).includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(r.values?.[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(r.values?.[0]);
    default:
      return false;
  }
}

export function tolerates(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (!toleration.key) return toleration.operator === 'Exists';
  if (toleration.key !== taint.key) return false;
  return toleration.operator === 'Exists' || (toleration.value ?? '') === (taint.value ?? '');
}

/** FindMatchingUntoleratedTaint over the taints whose effect passes `effects`. */
export function hasUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], effects: readonly string[]): boolean {
  return taints.filter((t) => effects.includes(t.effect)).some((t) => !tolerations.some((tol) => tolerates(tol, t)));
}
