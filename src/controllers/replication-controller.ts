/**
 * The ReplicationController manager (pkg/controller/replication): the ReplicaSet code over core/v1
 * ReplicationControllers, whose selector is a plain label map.
 */
import { selectorFromMap } from '../api';
import { replicaManager } from './replica-set';

export const replicationControllerController = replicaManager({
  kind: 'ReplicationController',
  name: 'replication-controller',
  selectorOf: (rc) => {
    const selector = (rc.spec as { selector?: Record<string, string> } | undefined)?.selector;
    return selector && Object.keys(selector).length > 0 ? selectorFromMap(selector) : undefined;
  },
});
