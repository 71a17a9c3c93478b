/**
 * Plugs the service allocators into the apiserver's write path. Allocation runs where the service
 * registry's BeginCreate/BeginUpdate runs in Kubernetes, before the strategy's validation
 * (pkg/registry/core/service/storage/storage.go beginCreate, beginUpdate): a Service is normalized,
 * given its ClusterIP and NodePorts, and the apiserver's `onReject` undoes it all if any later stage
 * (validation, another plugin, dry-run) rejects the write. Values an update or a deletion gives back
 * are released from a store watch, i.e. only once the change is stored (alloc.go releases them in
 * the transaction's commit).
 */
import type { AdmissionPlugin, AdmissionRequest, KubeObject, ObjectStore } from '../../api';
import type { Service, ServiceSpec } from '../../api/schemas';
import { dropTypeDependentFields, normalizeClusterIPs, patchAllocatedValues } from './prepare-service';
import type { ServiceAllocators, Undo } from './service-allocators';

export function serviceAllocationAdmission(allocators: ServiceAllocators): AdmissionPlugin {
  return {
    name: 'ServiceAllocation',
    kinds: ['Service'],
    mutate(request) {
      if (request.operation === 'DELETE') return undefined;
      const service = structuredClone(request.object) as KubeObject & Service;
      const spec = (service.spec ??= {});
      const old = request.oldObject ? ((request.oldObject.spec ?? {}) as ServiceSpec) : undefined;
      const undos: Undo[] = [];
      request.onReject(() => undos.reverse().forEach((undo) => undo()));
      allocate(allocators, request, spec, old, undos);
      return service;
    },
  };
}

function allocate(allocators: ServiceAllocators, request: AdmissionRequest, spec: ServiceSpec, old: ServiceSpec | undefined, undos: Undo[]): void {
  const name = request.object.metadata.name ?? '';
  if (!old) {
    normalizeClusterIPs(spec);
    allocators.allocateCreate(name, spec, undos);
    return;
  }
  dropTypeDependentFields(spec, old);
  patchAllocatedValues(spec, old);
  normalizeClusterIPs(spec, old);
  allocators.allocateUpdate(name, spec, old, undos);
}

/** Gives addresses and ports back once an update or deletion is stored. */
export function releaseServiceAllocations(store: ObjectStore, allocators: ServiceAllocators): void {
  store.watch('Service', (event) => {
    const spec = (event.object.spec ?? {}) as ServiceSpec;
    if (event.type === 'DELETED') allocators.releaseAll(spec);
    else if (event.type === 'MODIFIED' && event.oldObject) allocators.releaseChanged((event.oldObject.spec ?? {}) as ServiceSpec, spec);
  });
}
