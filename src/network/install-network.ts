/**
 * Wires the network into a cluster: the service allocators as admission (with their release watch),
 * the pod network (IPAM + data plane) under `context.services` names `'podNetwork'` and
 * `'clusterNetwork'`, the cluster DNS as `'clusterDNS'`, and at start the default Services.
 * `NetworkHost` is the part of the cluster context this needs (network sits below `cluster`).
 */
import type { ApiServer } from '../api';
import type { SeededRandom, VirtualClock } from '../clock';
import { APISERVER_ENDPOINT, CLUSTER_NETWORK_SERVICE, ClusterNetwork } from './cluster-network';
import { CLUSTER_DOMAIN } from './dns/dns-name';
import { NodePortAllocator } from './ip/node-port-allocator';
import { PodIPAM } from './ip/pod-ipam';
import { ServiceIPAllocator } from './ip/service-ip-allocator';
import { POD_NETWORK_SERVICE } from './pod-network';
import { kubeDnsService, kubernetesEndpoints, kubernetesService } from './services/default-services';
import { releaseServiceAllocations, serviceAllocationAdmission } from './services/service-allocation-admission';
import { repairServiceAllocations } from './services/service-allocation-repair';
import { ServiceAllocators } from './services/service-allocators';

export const CLUSTER_DNS_SERVICE = 'clusterDNS';
/** The ClusterIP and NodePort allocators, for `resumeNetwork`. */
const SERVICE_ALLOCATORS = 'serviceAllocators';
export const SERVICE_CLUSTER_IP_RANGE = '10.96.0.0/12';
export const SERVICE_NODE_PORT_RANGE = { base: 30000, size: 2768 } as const;

export interface NetworkHost {
  readonly api: ApiServer;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly services: Map<string, unknown>;
}

export function installNetwork(host: NetworkHost): ClusterNetwork {
  const allocators = new ServiceAllocators(
    new ServiceIPAllocator(SERVICE_CLUSTER_IP_RANGE, host.random),
    new NodePortAllocator(SERVICE_NODE_PORT_RANGE.base, SERVICE_NODE_PORT_RANGE.size, host.random),
  );
  host.api.registerAdmission(serviceAllocationAdmission(allocators));
  releaseServiceAllocations(host.api.store, allocators);
  const ipam = new PodIPAM();
  const network = new ClusterNetwork(host.api.store, ipam, () => host.clock.now(), CLUSTER_DOMAIN);
  // A pod or node removed without its sandbox being torn down (force deletion, node removal) frees its addresses.
  host.api.store.watch('Pod', (event) => {
    if (event.type === 'DELETED') network.release(event.object);
  });
  host.api.store.watch('Node', (event) => {
    if (event.type === 'DELETED') ipam.removeNode(event.object.metadata.name);
  });
  host.services.set(POD_NETWORK_SERVICE, network);
  host.services.set(CLUSTER_NETWORK_SERVICE, network);
  host.services.set(CLUSTER_DNS_SERVICE, network.dns);
  host.services.set(SERVICE_ALLOCATORS, allocators);
  return network;
}

/** Creates the `kubernetes` and `kube-dns` Services (and the apiserver's endpoints) in a fresh cluster. */
export function startNetwork(host: NetworkHost): void {
  host.api.create(kubernetesService());
  for (const obj of kubernetesEndpoints(APISERVER_ENDPOINT)) host.api.create(obj);
  host.api.create(kubeDnsService());
}

/**
 * The network of a cluster resumed from a recorded bootstrap: the default Services are already stored, so
 * only the allocators learn what they hold (what `startNetwork`'s creates did through admission).
 */
export function resumeNetwork(host: NetworkHost): void {
  const allocators = host.services.get(SERVICE_ALLOCATORS) as ServiceAllocators | undefined;
  if (allocators) repairServiceAllocations(host.api.store, allocators);
}
