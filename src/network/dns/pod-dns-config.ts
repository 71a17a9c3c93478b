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
import { BoundedMemo } from '../../api/bounded-memo';

export interface PodResolvConf {
  nameservers: string[];
  searches: string[];
  ndots: number;
  /**
   * The whole `options` line when dnsConfig shaped it (`ndots:2 edns0`; empty: no line, as for `None` without
   * options); absent, the line is `ndots:<ndots>` alone.
   */
  options?: string[];
}

export const CLUSTER_DNS_IP = '10.96.0.10';
/** What a kind node's /etc/resolv.conf holds: Docker's resolver behind the `kind` network gateway. */
export const NODE_RESOLV_CONF: PodResolvConf = { nameservers: ['172.18.0.1'], searches: [], ndots: 1 };

export function podResolvConf(pod: KubeObject, domain: string, clusterDNS = CLUSTER_DNS_IP): PodResolvConf {
  const spec = (pod.spec ?? {}) as PodSpec;
  const policy = spec.dnsPolicy ?? 'ClusterFirst';
  const clusterFirst = policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !spec.hostNetwork);
  if (clusterFirst && !spec.dnsConfig) return clusterFirstConf(pod.metadata.namespace ?? 'default', domain, clusterDNS);
  const base: PodResolvConf =
    policy === 'None'
      ? { nameservers: [], searches: [], ndots: 1, options: [] }
      : clusterFirst
        ? { nameservers: [clusterDNS], searches: clusterSearchPath(pod.metadata.namespace ?? 'default', domain), ndots: 5 }
        : { ...NODE_RESOLV_CONF, nameservers: [...NODE_RESOLV_CONF.nameservers] };
  return mergeDNSConfig(base, spec.dnsConfig);
}

/**
 * The ClusterFirst configuration of a namespace, one frozen object for every pod in it (nearly all pods):
 * its rendered resolv.conf is then memoized on the object (`renderResolvConf`) rather than rebuilt and
 * looked up per container. Keyed by the pod's own namespace string, which every stored object of the
 * namespace shares; emptied should it ever hold a thousand.
 */
const CLUSTER_FIRST = new BoundedMemo<string, PodResolvConf>(1000);

function clusterFirstConf(namespace: string, domain: string, clusterDNS: string): PodResolvConf {
  const kept = CLUSTER_FIRST.get(namespace);
  if (kept !== undefined && kept.nameservers[0] === clusterDNS && kept.searches[kept.searches.length - 1] === domain) return kept;
  const conf = Object.freeze({ nameservers: Object.freeze([clusterDNS]), searches: Object.freeze(clusterSearchPath(namespace, domain)), ndots: 5 }) as PodResolvConf;
  CLUSTER_FIRST.set(namespace, conf);
  return conf;
}

function mergeDNSConfig(base: PodResolvConf, config: PodDNSConfig | undefined): PodResolvConf {
  if (!config) return base;
  const options = mergeDNSOptions(base.options ?? [`ndots:${base.ndots}`], config.options ?? []);
  const ndots = options.find((o) => o.startsWith('ndots:'));
  return {
    nameservers: [...new Set([...base.nameservers, ...(config.nameservers ?? [])])],
    searches: [...new Set([...base.searches, ...(config.searches ?? [])])],
    ndots: ndots !== undefined ? Number(ndots.slice('ndots:'.length)) : base.ndots,
    options,
  };
}

/**
 * mergeDNSOptions: a dnsConfig option replaces the policy's option of the same name, others are added, and
 * one without a value is written bare (`edns0`). The kubelet collects them in a Go map, whose order is
 * random; kubespec keeps the order they were written in, the order the docs' resolv.conf shows.
 */
function mergeDNSOptions(base: readonly string[], extra: readonly { name?: string; value?: string }[]): string[] {
  const merged = new Map<string, string>();
  for (const option of base) {
    const colon = option.indexOf(':');
    merged.set(colon === -1 ? option : option.slice(0, colon), colon === -1 ? '' : option.slice(colon + 1));
  }
  for (const option of extra) if (option.name) merged.set(option.name, option.value ?? '');
  return [...merged].map(([name, value]) => (value === '' ? name : `${name}:${value}`));
}
