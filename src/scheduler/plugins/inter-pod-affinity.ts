/**
 * InterPodAffinity, required terms only (`pkg/scheduler/framework/plugins/interpodaffinity/filtering.go`):
 * the pod's podAffinity needs a matching pod in the node's topology domain, its podAntiAffinity forbids
 * one, and existing pods' required anti-affinity may forbid the newcomer. Preferred terms (scoring) and
 * matchLabelKeys are not modelled.
 */
import { selectorFromObject, type Selector, type StoredObject } from '../../api';
import type { Pod, PodAffinityTerm } from '../../api/schemas';
import { filterWith, SKIP, unresolvable, unschedulable, type FilterPlugin, type PreFilterOutcome, type SchedulingEnv } from '../framework';
import type { NodeInfo } from '../node-info';

export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

interface AffinityTerm {
  readonly topologyKey: string;
  readonly selector: Selector | undefined;
  readonly namespaces: ReadonlySet<string>;
  readonly namespaceSelector: Selector | undefined;
}

/** `key=value` of a topology domain. */
type TopologyPair = string;

export const interPodAffinity: FilterPlugin = {
  name: 'InterPodAffinity',
  preFilter({ pod }, env) {
    const affinity = compileTerms(pod, pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
    const anti = compileTerms(pod, pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
    const existingAnti = existingAntiAffinityPairs(pod, env);
    if (affinity.length === 0 && anti.length === 0 && existingAnti.size === 0) return SKIP;
    return affinityFilter(pod, env, affinity, anti, existingAnti);
  },
};

/**
 * The Filter of a pod with terms to check. Apart from preFilter so that the closure's variables are not
 * captured there: V8 would allocate their context on every cycle, including the (nearly all) that skip.
 */
function affinityFilter(pod: StoredObject<Pod>, env: SchedulingEnv, affinity: readonly AffinityTerm[], anti: readonly AffinityTerm[], existingAnti: ReadonlySet<TopologyPair>): PreFilterOutcome {
  const affinityCounts = new Map<TopologyPair, number>();
  const antiCounts = new Map<TopologyPair, number>();
  if (affinity.length > 0 || anti.length > 0) countIncoming(affinity, anti, env, affinityCounts, antiCounts);
  const selfMatch = affinity.every((t) => termMatches(t, pod, env));
  return filterWith((node) => {
    if (!satisfiesAffinity(affinity, affinityCounts, selfMatch, node)) return unresolvable(ERR_REASON_AFFINITY);
    if (anti.some((t) => (antiCounts.get(pairOf(t.topologyKey, node)!) ?? 0) > 0)) return unschedulable(ERR_REASON_ANTI_AFFINITY);
    const labels = node.labels;
    if (Object.entries(labels).some(([k, v]) => existingAnti.has(`${k}=${v}`))) return unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY);
    return undefined;
  });
}

/** Shared by the pods without such terms (nearly all): two fresh arrays per cycle otherwise. */
const NO_TERMS: readonly AffinityTerm[] = Object.freeze([]);
const NO_PAIRS: ReadonlySet<TopologyPair> = new Set();

function compileTerms(pod: Pod, terms: readonly PodAffinityTerm[] | undefined): readonly AffinityTerm[] {
  if (terms === undefined || terms.length === 0) return NO_TERMS;
  return terms.map((t) => ({
    topologyKey: t.topologyKey ?? '',
    selector: selectorFromObject(t.labelSelector as Parameters<typeof selectorFromObject>[0]),
    namespaces: new Set(t.namespaces?.length || t.namespaceSelector ? t.namespaces ?? [] : [pod.metadata.namespace ?? 'default']),
    namespaceSelector: t.namespaceSelector ? selectorFromObject(t.namespaceSelector as Parameters<typeof selectorFromObject>[0]) : undefined,
  }));
}

/** AffinityTerm.Matches: the namespace is listed or selected, and the label selector matches (a missing one matches nothing). */
function termMatches(term: AffinityTerm, pod: Pod, env: SchedulingEnv): boolean {
  const ns = pod.metadata.namespace ?? 'default';
  const inNamespace = term.namespaces.has(ns) || (term.namespaceSelector?.matches(env.namespaceLabels(ns)) ?? false);
  return inNamespace && (term.selector?.matches(pod.metadata.labels) ?? false);
}

function pairOf(topologyKey: string, node: NodeInfo): TopologyPair | undefined {
  const value = node.labels[topologyKey];
  return value === undefined ? undefined : `${topologyKey}=${value}`;
}

function countIncoming(affinity: readonly AffinityTerm[], anti: readonly AffinityTerm[], env: SchedulingEnv, affinityCounts: Map<TopologyPair, number>, antiCounts: Map<TopologyPair, number>): void {
  const bump = (m: Map<TopologyPair, number>, pair: TopologyPair | undefined) => pair !== undefined && m.set(pair, (m.get(pair) ?? 0) + 1);
  for (const node of env.cache.nodes) {
    for (const { pod } of node.pods.values()) {
      if (affinity.length > 0 && affinity.every((t) => termMatches(t, pod, env))) for (const t of affinity) bump(affinityCounts, pairOf(t.topologyKey, node));
      for (const t of anti) if (termMatches(t, pod, env)) bump(antiCounts, pairOf(t.topologyKey, node));
    }
  }
}

/** satisfyPodAffinity: the first pod of a group that selects itself may go anywhere that has the topology labels. */
function satisfiesAffinity(terms: readonly AffinityTerm[], counts: Map<TopologyPair, number>, selfMatch: boolean, node: NodeInfo): boolean {
  let podsExist = true;
  for (const t of terms) {
    const pair = pairOf(t.topologyKey, node);
    if (pair === undefined) return false;
    if ((counts.get(pair) ?? 0) <= 0) podsExist = false;
  }
  return podsExist || (counts.size === 0 && selfMatch);
}

/** Topology pairs where an existing pod's required anti-affinity term selects the incoming pod. */
function existingAntiAffinityPairs(pod: StoredObject<Pod>, env: SchedulingEnv): ReadonlySet<TopologyPair> {
  if (env.cache.podsWithRequiredAntiAffinity.size === 0) return NO_PAIRS;
  const pairs = new Set<TopologyPair>();
  for (const [key, node] of env.cache.podsWithRequiredAntiAffinity) {
    const existing = node.pods.get(key)?.pod;
    if (!existing) continue;
    for (const t of compileTerms(existing, existing.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution)) {
      const pair = pairOf(t.topologyKey, node);
      if (pair !== undefined && termMatches(t, pod, env)) pairs.add(pair);
    }
  }
  return pairs;
}
