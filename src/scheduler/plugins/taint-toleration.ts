/**
 * TaintToleration (`pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go`): a node's
 * NoSchedule and NoExecute taints must all be tolerated; the first one that is not names the rejection.
 * PreferNoSchedule taints only lower the node's score.
 */
import { findUntoleratedTaint, formatTaintForScheduler, toleratesTaint } from '../../api/tolerations';
import type { Taint, Toleration } from '../../api/schemas';
import { filterWith, unresolvable, type FilterPlugin, type PreFilterOutcome } from '../framework';
import { FLAG_HARD_TAINTS, HOT_FLAGS, type NodeInfo } from '../node-info';

const isDoNotSchedule = (t: Taint) => t.effect === 'NoSchedule' || t.effect === 'NoExecute';
/** An untainted node passes whatever the pod tolerates. */
const ROW_PASS = { flags: FLAG_HARD_TAINTS, podSlot: false, milliCPU: 0, memory: 0 };

/**
 * The outcome for the last frozen tolerations list: the filter reads nothing else of the pod, and the pods of
 * one template share their list (the create pipeline shares frozen subtrees) and are mostly scheduled one
 * after another, so their cycles get the same outcome, which lets the scheduling cycle reuse its plan
 * (scheduling-algorithm.ts) instead of a closure and an outcome per pod.
 */
const WITHOUT_TOLERATIONS = outcomeFor(undefined);
let lastTolerations: readonly Toleration[] | undefined;
let lastOutcome: PreFilterOutcome = WITHOUT_TOLERATIONS;

export const taintToleration: FilterPlugin = {
  name: 'TaintToleration',
  preFilter({ pod }) {
    const tolerations = pod.spec?.tolerations;
    if (tolerations === undefined) return WITHOUT_TOLERATIONS;
    if (!Object.isFrozen(tolerations)) return outcomeFor(tolerations);
    if (tolerations !== lastTolerations) {
      lastOutcome = outcomeFor(tolerations);
      lastTolerations = tolerations;
    }
    return lastOutcome;
  },
};

function outcomeFor(tolerations: readonly Toleration[] | undefined): PreFilterOutcome {
  return filterWith((node, hot = node.hot, at = node.offset) => {
    if ((hot[at + HOT_FLAGS]! & FLAG_HARD_TAINTS) === 0) return undefined;
    const taint = findUntoleratedTaint(node.taints, tolerations, isDoNotSchedule);
    return taint ? unresolvable(`node(s) had untolerated taint ${formatTaintForScheduler(taint)}`) : undefined;
  }, ROW_PASS);
}

/** The tolerations that can tolerate a PreferNoSchedule taint: computed once per pod (PreScore), not per node. */
export function preferNoScheduleTolerations(tolerations: readonly Toleration[] | undefined): Toleration[] {
  return (tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

/** Score input: the number of PreferNoSchedule taints not tolerated (lower is better; normalized reversed). */
export function intolerablePreferNoScheduleTaints(preferTolerations: readonly Toleration[], node: NodeInfo): number {
  if (node.preferNoScheduleTaintCount === 0) return 0;
  let count = 0;
  for (const taint of node.taints) {
    if (taint.effect === 'PreferNoSchedule' && !preferTolerations.some((t) => toleratesTaint(t, taint))) count++;
  }
  return count;
}
