/**
 * NodeUnschedulable (`pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go`): a cordoned
 * node (`spec.unschedulable`) takes only pods that tolerate `node.kubernetes.io/unschedulable:NoSchedule`.
 */
import { tolerationsTolerateTaint } from '../../api/tolerations';
import { filterWith, SKIP, unresolvable, type FilterPlugin } from '../framework';
import { FLAG_UNSCHEDULABLE, HOT_FLAGS } from '../node-info';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
const ROW_PASS = { flags: FLAG_UNSCHEDULABLE, podSlot: false, milliCPU: 0, memory: 0 };

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  preFilter({ pod }) {
    // A pod that tolerates the taint passes every node: nothing to run per node.
    if (tolerationsTolerateTaint(pod.spec?.tolerations, UNSCHEDULABLE_TAINT)) return SKIP;
    return filterWith((node, hot = node.hot, at = node.offset) => ((hot[at + HOT_FLAGS]! & FLAG_UNSCHEDULABLE) !== 0 ? unresolvable(ERR_REASON_UNSCHEDULABLE) : undefined), ROW_PASS);
  },
};
