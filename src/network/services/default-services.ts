/**
 * The Services every cluster starts with (design.md "Default cluster", kubeadm's and the apiserver's
 * own objects): `kubernetes` in `default` at the first service IP, port 443 → the apiserver's 6443,
 * with the Endpoints and EndpointSlice the apiserver's endpoint reconciler writes
 * (pkg/controlplane/reconcilers); and `kube-dns` in `kube-system` at the tenth IP, as kubeadm's CoreDNS
 * addon installs it. The CoreDNS pods themselves are not simulated (docs/decisions/003-cluster-network.md):
 * the simulated DNS answers for them.
 */
import type { KubeObject } from '../endpoints/store-view';

export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const KUBE_DNS_SERVICE_IP = '10.96.0.10';

export function kubernetesService(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: KUBERNETES_SERVICE_IP, ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP' },
  };
}

export function kubernetesEndpoints(apiserver: { ip: string; port: number }): KubeObject[] {
  const metadata = { name: 'kubernetes', namespace: 'default' };
  return [
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { ...metadata, labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip: apiserver.ip }], ports: [{ name: 'https', port: apiserver.port, protocol: 'TCP' }] }],
    },
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { ...metadata, labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: [apiserver.ip], conditions: { ready: true } }],
      ports: [{ name: 'https', port: apiserver.port, protocol: 'TCP' }],
    },
  ];
}

export function kubeDnsService(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    },
    spec: {
      clusterIP: KUBE_DNS_SERVICE_IP,
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
  };
}
