/**
 * NodeAffinity (`pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go`): `nodeSelector` and
 * required node affinity must match the node's labels (and `metadata.name` for matchFields). Its PreFilter
 * narrows the candidates to the names that `matchFields: metadata.name In` pins in every term, which is how
 * DaemonSet pods reach their one node.
 */
import type { NodeSelectorTerm } from '../../api/schemas';
import { filterWith, SKIP, unresolvable, type FilterPlugin, type PreFilterOutcome } from '../framework';
import { matchesRequiredNodeAffinity, matchesTerm } from '../node-selector';
import type { NodeInfo } from '../node-info';
import type { Pod } from '../../api/schemas';

export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_CONFLICT = 'pod affinity terms conflict';

export const nodeAffinity: FilterPlugin = {
  name: 'NodeAffinity',
  preFilter({ pod }) {
    const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    // The shared SKIP: an outcome the last cycle also had lets the cycle reuse its plan (scheduling-algorithm.ts).
    if (!required && !pod.spec?.nodeSelector) return SKIP;
    const filter = (node: NodeInfo) => (matchesRequiredNodeAffinity(pod, node) ? undefined : unresolvable(ERR_REASON_POD));
    const terms = required?.nodeSelectorTerms ?? [];
    if (terms.length === 0) return filterWith(filter);
    return withPinnedNodeNames(terms, filter);
  },
};

function withPinnedNodeNames(terms: readonly NodeSelectorTerm[], filter: (node: NodeInfo) => ReturnType<typeof unresolvable> | undefined): PreFilterOutcome {
  let nodeNames: Set<string> | undefined;
  for (const term of terms) {
    const termNames = pinnedNames(term);
    // A term without a metadata.name pin admits every node: the terms are ORed.
    if (!termNames) return filterWith(filter);
    nodeNames = new Set([...(nodeNames ?? []), ...termNames]);
  }
  if (nodeNames && nodeNames.size === 0) return { kind: 'reject', status: unresolvable(ERR_REASON_CONFLICT) };
  return { kind: 'filter', filter, nodeNames };
}

/** The intersection of a term's `metadata.name In` requirements, or undefined when it has none. */
function pinnedNames(term: NodeSelectorTerm): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const r of term.matchFields ?? []) {
    if (r.key !== 'metadata.name' || r.operator !== 'In') continue;
    const values = new Set(r.values ?? []);
    names = names ? new Set([...names].filter((n) => values.has(n))) : values;
  }
  return names;
}

/** Score input: the summed weights of the preferred terms the node matches. */
export function preferredNodeAffinityWeight(pod: Pod, node: NodeInfo): number {
  let sum = 0;
  for (const term of pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    if (term.weight && term.preference && matchesTerm(term.preference, node)) sum += term.weight;
  }
  return sum;
}
