/**
 * The cluster network: IP address management (node podCIDRs, pod IPs, ClusterIPs, NodePorts), the
 * service registry's allocators as admission, the pod-to-endpoint rules the endpoints controllers share,
 * kube-proxy (Service VIPs, NodePorts and load-balancer addresses → a ready endpoint), cluster DNS, and
 * the per-pod NetworkStack that container processes use. It reads the store; it writes nothing itself.
 */
export * from './ip/cidr';
export { PodIPAM, type PodIPAllocation } from './ip/pod-ipam';
export { ServiceIPAllocator } from './ip/service-ip-allocator';
export { NodePortAllocator } from './ip/node-port-allocator';
export { ServiceAllocators } from './services/service-allocators';
export { serviceAllocationAdmission, releaseServiceAllocations } from './services/service-allocation-admission';
export * from './services/service-fields';
export * from './endpoints/pod-endpoints';
export { serviceSelects, serviceKeysForPod, podsSelectedBy } from './endpoints/service-selection';
export { serviceEndpoints, compareIPs, type ServiceEndpoint } from './endpoints/service-endpoints';
export { ClusterDNS, type DnsAnswer, type SrvRecord } from './dns/cluster-dns';
export { resolveName, clusterSearchPath } from './dns/stub-resolver';
export { podResolvConf, CLUSTER_DNS_IP, type PodResolvConf } from './dns/pod-dns-config';
export { parseClusterName, dashedIP, CLUSTER_DOMAIN } from './dns/dns-name';
export { ServiceProxy, type Client, type ProxyDecision } from './proxy/service-proxy';
export { findFrontend, nodeInternalIP, type Frontend } from './proxy/service-frontend';
export { ClusterNetwork, APISERVER_ENDPOINT, OUTSIDE_CLIENT_IP, CLUSTER_NETWORK_SERVICE, type Source, type Delivery } from './cluster-network';
export { POD_NETWORK_SERVICE, PodSocketRegistry, type LatestPod, type PodNetwork } from './pod-network';
export type { NetworkStack, PodSockets, HttpRequest, HttpResult, HttpResponse, ResolveResult, Protocol } from './network-stack';
export { pickLoadBalancerIP, LOAD_BALANCER_POOL } from './load-balancer-pool';
export { installNetwork, startNetwork, resumeNetwork, CLUSTER_DNS_SERVICE, SERVICE_CLUSTER_IP_RANGE, SERVICE_NODE_PORT_RANGE, type NetworkHost } from './install-network';
export { kubernetesService, kubeDnsService, KUBERNETES_SERVICE_IP, KUBE_DNS_SERVICE_IP } from './services/default-services';
export { NetworkClient, describeResult, type Exchange } from './network-client';
