/** NodePorts (`pkg/scheduler/framework/plugins/nodeports/node_ports.go`): requested host ports must be free. */
import { filterWith, SKIP, unschedulable, type FilterPlugin } from '../framework';

export const ERR_REASON_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";

export const nodePorts: FilterPlugin = {
  name: 'NodePorts',
  preFilter({ hostPorts }) {
    if (hostPorts.length === 0) return SKIP;
    return filterWith((node) => (hostPorts.some((p) => node.hasPortConflict(p)) ? unschedulable(ERR_REASON_NODE_PORTS) : undefined));
  },
};
