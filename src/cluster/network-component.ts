/**
 * Wires the cluster network: service allocation, the pod network and cluster DNS (network/), the
 * Endpoints, EndpointSlice and EndpointSlice-mirroring controllers, and, when the cluster option
 * `features.cloudLoadBalancer` is on, the cloud load-balancer simulation. At start it creates the
 * `kubernetes` and `kube-dns` Services. Drivers reach the data plane through `clusterNetwork(cluster)`.
 */
import { cloudLoadBalancerController, endpointSliceController, endpointSliceMirroringController, endpointsController } from '../controllers';
import { CLUSTER_NETWORK_SERVICE, installNetwork, resumeNetwork, startNetwork, type ClusterNetwork } from '../network';
import type { Cluster } from './cluster';
import type { Component } from './component';

export const networkComponent: Component = {
  name: 'network',
  install(context) {
    installNetwork(context);
    context.runner.register(endpointsController);
    context.runner.register(endpointSliceController);
    context.runner.register(endpointSliceMirroringController);
    if (context.options.features.cloudLoadBalancer) context.runner.register(cloudLoadBalancerController);
  },
  start: startNetwork,
  resume: resumeNetwork,
};

/** The cluster's data plane (pod-to-Service traffic, DNS, traffic counts); throws when not installed. */
export function clusterNetwork(cluster: Cluster): ClusterNetwork {
  const network = cluster.context.services.get(CLUSTER_NETWORK_SERVICE) as ClusterNetwork | undefined;
  if (!network) throw new Error('this cluster runs no network component');
  return network;
}
