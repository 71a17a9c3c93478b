/**
 * NodeUnschedulable (`pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go`): a cordoned
 * node (`spec.unschedulable`) takes only pods that tolerate `node.kubernetes.io/unschedulable:NoSchedule`.
 */
import { tolerationsTolerateTaint } from '../../api/tolerations';
import { filterWith, unresolvable, type FilterPlugin } from '../framework';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  preFilter({ pod }) {
    const tolerates = tolerationsTolerateTaint(pod.spec?.tolerations, UNSCHEDULABLE_TAINT);
    return filterWith((node) => (node.node.spec?.unschedulable && !tolerates ? unresolvable(ERR_REASON_UNSCHEDULABLE) : undefined));
  },
};
