/**
 * Rebuilds the allocators from the stored Services, as the apiserver's repair controllers do when it starts
 * (pkg/registry/core/service/ipallocator/controller/repair.go, portallocator/controller/repair.go `runOnce`):
 * every ClusterIP and NodePort a stored Service holds is marked allocated. A cluster resumed from a recorded
 * bootstrap (cluster/bootstrap-recording.ts) has its default Services in the store but not in its allocators.
 */
import type { ObjectStore } from '../../api';
import type { ServiceSpec } from '../../api/schemas';
import { allocatedClusterIPs, allocatedNodePorts } from './service-fields';
import type { ServiceAllocators } from './service-allocators';

export function repairServiceAllocations(store: ObjectStore, allocators: ServiceAllocators): void {
  for (const service of store.list('Service')) {
    const spec = (service.spec ?? {}) as ServiceSpec;
    for (const ip of allocatedClusterIPs(spec)) allocators.ips.allocate(ip);
    for (const port of allocatedNodePorts(spec)) allocators.nodePorts.allocate(port);
  }
}
