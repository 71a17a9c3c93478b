/**
 * TaintToleration (`pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go`): a node's
 * NoSchedule and NoExecute taints must all be tolerated; the first one that is not names the rejection.
 * PreferNoSchedule taints only lower the node's score.
 */
import { findUntoleratedTaint, formatTaintForScheduler, toleratesTaint } from '../../api/tolerations';
import type { Taint, Toleration } from '../../api/schemas';
import { filterWith, unresolvable, type FilterPlugin } from '../framework';
import type { NodeInfo } from '../node-info';

const isDoNotSchedule = (t: Taint) => t.effect === 'NoSchedule' || t.effect === 'NoExecute';

export const taintToleration: FilterPlugin = {
  name: 'TaintToleration',
  preFilter({ pod }) {
    const tolerations = pod.spec?.tolerations;
    return filterWith((node) => {
      const taints = node.node.spec?.taints;
      if (!taints || taints.length === 0) return undefined;
      const taint = findUntoleratedTaint(taints, tolerations, isDoNotSchedule);
      return taint ? unresolvable(`node(s) had untolerated taint ${formatTaintForScheduler(taint)}`) : undefined;
    });
  },
};

/** Score input: the number of PreferNoSchedule taints not tolerated (lower is better; normalized reversed). */
export function intolerablePreferNoScheduleTaints(tolerations: readonly Toleration[] | undefined, node: NodeInfo): number {
  const preferTolerations = (tolerations ?? []).filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
  let count = 0;
  for (const taint of node.node.spec?.taints ?? []) {
    if (taint.effect === 'PreferNoSchedule' && !preferTolerations.some((t) => toleratesTaint(t, taint))) count++;
  }
  return count;
}
