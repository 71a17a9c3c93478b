/**
 * The objects a fresh cluster starts with, following kind's conventions (design.md "Default cluster"):
 * four namespaces, nodes `node-1`…`node-N`, and the default StorageClass `standard`.
 */
import type { KubeObject } from '../api';
import type { NodeOptions } from './options';

export const KUBERNETES_VERSION = 'v1.32.0';
export const CLUSTER_CIDR = '10.244.0.0/16';
export const SERVICE_CIDR = '10.96.0.0/12';
export const CLUSTER_DOMAIN = 'cluster.local';
export const STATIC_POD_PATH = '/etc/kubernetes/manifests';

export const DEFAULT_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

export function namespaceObject(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } };
}

export function defaultNodeOptions(count: number): NodeOptions[] {
  return Array.from({ length: count }, (_, i) => ({ name: `node-${i + 1}`, cpu: '4', memory: '8Gi', pods: 110, labels: {}, taints: [] }));
}

/** A Ready node as a kind worker reports itself. `index` is 1-based and fixes its IP and podCIDR. */
export function nodeObject(node: NodeOptions, index: number): KubeObject {
  const resources = { cpu: node.cpu, 'ephemeral-storage': '100Gi', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: node.memory, pods: String(node.pods) };
  const podCIDR = nodePodCIDR(index);
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name,
        'kubernetes.io/os': 'linux',
        ...node.labels,
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR, podCIDRs: [podCIDR], providerID: `kind://docker/kind/${node.name}`, ...(node.taints.length > 0 ? { taints: node.taints } : {}) },
    status: {
      addresses: [
        { type: 'InternalIP', address: nodeInternalIP(index) },
        { type: 'Hostname', address: node.name },
      ],
      capacity: resources,
      allocatable: resources,
      conditions: [],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: '',
        containerRuntimeVersion: 'containerd://1.7.24',
        kernelVersion: '6.1.0-28-amd64',
        kubeProxyVersion: KUBERNETES_VERSION,
        kubeletVersion: KUBERNETES_VERSION,
        machineID: '',
        operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        systemUUID: '',
      },
    },
  };
}

/**
 * kind's addressing: node i (1-based) gets InternalIP 172.18.0.(i+1) and podCIDR 10.244.(i-1).0/24. The /16
 * cluster CIDR holds 256 such ranges; larger simulated clusters (benchmarks of thousands of nodes) continue
 * in 100.64.0.0/10, which overlaps neither the service CIDR nor the node network.
 */
export function nodePodCIDR(index: number): string {
  const i = index - 1;
  if (i < 256) return `10.244.${i}.0/24`;
  const j = i - 256;
  return `100.${64 + Math.floor(j / 256)}.${j % 256}.0/24`;
}

export function nodeInternalIP(index: number): string {
  const host = index + 1;
  return `172.18.${Math.floor(host / 256)}.${host % 256}`;
}

export function standardStorageClass(): KubeObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
  };
}
