/** NodeName (`pkg/scheduler/framework/plugins/nodename/node_name.go`): a pod naming a node fits only there. */
import { filterWith, SKIP, unresolvable, type FilterPlugin } from '../framework';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export const nodeName: FilterPlugin = {
  name: 'NodeName',
  preFilter({ pod }) {
    const wanted = pod.spec?.nodeName;
    if (!wanted) return SKIP;
    return filterWith((node) => (node.name === wanted ? undefined : unresolvable(ERR_REASON_NODE_NAME)));
  },
};
