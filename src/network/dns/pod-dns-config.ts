/**
 * The resolv.conf the kubelet writes for a pod (pkg/kubelet/network/dns/dns.go GetPodDNS):
 * ClusterFirst points at the cluster DNS Service with the namespace search path and `ndots:5`;
 * hostNetwork pods with ClusterFirst, and `Default`, inherit the node's resolver (kind nodes use
 * Docker's embedded DNS via the network gateway); `None` uses only `dnsConfig`, which is otherwise
 * merged on top (nameservers and searches appended, options overriding).
 */
import type { PodDNSConfig, PodSpec } from '../../api/schemas';
import type { KubeObject } from '../endpoints/store-view';
import { clusterSearchPath } from './stub-resolver';

export interface PodResolvConf {
  nameservers: string[];
  searches: string[];
  ndots: number;
}

export const CLUSTER_DNS_IP = '10.96.0.10';
/** What a kind node's /etc/resolv.conf holds: Docker's resolver behind the `kind` network gateway. */
export const NODE_RESOLV_CONF: PodResolvConf = { nameservers: ['172.18.0.1'], searches: [], ndots: 1 };

export function podResolvConf(pod: KubeObject, domain: string, clusterDNS = CLUSTER_DNS_IP): PodResolvConf {
  const spec = (pod.spec ?? {}) as PodSpec;
  const policy = spec.dnsPolicy ?? 'ClusterFirst';
  const clusterFirst = policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !spec.hostNetwork);
  const base: PodResolvConf =
    policy === 'None'
      ? { nameservers: [], searches: [], ndots: 1 }
      : clusterFirst
        ? { nameservers: [clusterDNS], searches: clusterSearchPath(pod.metadata.namespace ?? 'default', domain), ndots: 5 }
        : { ...NODE_RESOLV_CONF, nameservers: [...NODE_RESOLV_CONF.nameservers] };
  return mergeDNSConfig(base, spec.dnsConfig);
}

function mergeDNSConfig(base: PodResolvConf, config: PodDNSConfig | undefined): PodResolvConf {
  if (!config) return base;
  const ndotsOption = config.options?.find((o) => o.name === 'ndots')?.value;
  return {
    nameservers: [...new Set([...base.nameservers, ...(config.nameservers ?? [])])],
    searches: [...new Set([...base.searches, ...(config.searches ?? [])])],
    ndots: ndotsOption !== undefined ? Number(ndotsOption) : base.ndots,
  };
}
