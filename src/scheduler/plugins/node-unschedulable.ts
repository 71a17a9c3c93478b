/**
 * NodeUnschedulable (`pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go`): a cordoned
 * node (`spec.unschedulable`) takes only pods that tolerate `node.kubernetes.io/unschedulable:NoSchedule`.
 */
import type { Toleration } from '../../api/schemas';
import { tolerationsTolerateTaint } from '../../api/tolerations';
import { filterWith, SKIP, unresolvable, type FilterPlugin } from '../framework';
import { FLAG_UNSCHEDULABLE, HOT_FLAGS } from '../node-info';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
const ROW_PASS = { flags: FLAG_UNSCHEDULABLE, podSlot: false, milliCPU: 0, memory: 0 };
/** The filter reads only the node: one outcome serves every cycle (and lets the cycle reuse its plan). */
const FILTER = filterWith((node, hot = node.hot, at = node.offset) => ((hot[at + HOT_FLAGS]! & FLAG_UNSCHEDULABLE) !== 0 ? unresolvable(ERR_REASON_UNSCHEDULABLE) : undefined), ROW_PASS);

/** The answer for the last frozen tolerations list (the replicas of a template share theirs). */
let lastTolerations: readonly Toleration[] | undefined;
let lastTolerated = false;

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  preFilter({ pod }) {
    // A pod that tolerates the taint passes every node: nothing to run per node.
    return toleratesUnschedulable(pod.spec?.tolerations) ? SKIP : FILTER;
  },
};

function toleratesUnschedulable(tolerations: readonly Toleration[] | undefined): boolean {
  if (tolerations === undefined) return false;
  if (!Object.isFrozen(tolerations)) return tolerationsTolerateTaint(tolerations, UNSCHEDULABLE_TAINT);
  if (tolerations !== lastTolerations) {
    lastTolerated = tolerationsTolerateTaint(tolerations, UNSCHEDULABLE_TAINT);
    lastTolerations = tolerations;
  }
  return lastTolerated;
}
