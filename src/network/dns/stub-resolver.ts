/**
 * The client side of a lookup, as libc does it with resolv.conf: a name with fewer dots than `ndots`
 * is tried with each search domain appended first, then as written; a name ending in a dot only as
 * written. The caller (the runtime's resolver) decides whether to pass the search domains.
 */
import type { ResolveResult } from '../network-stack';
import type { ClusterDNS } from './cluster-dns';

export function resolveName(dns: ClusterDNS, name: string, searchDomains: readonly string[]): ResolveResult {
  const absolute = name.endsWith('.');
  const bare = name.replace(/\.$/, '');
  const candidates = absolute ? [bare] : [...searchDomains.map((domain) => `${bare}.${domain}`), bare];
  for (const candidate of candidates) {
    const answer = dns.queryA(candidate);
    if (answer.rcode !== 'NOERROR' || !('addresses' in answer)) continue;
    return { kind: 'ok', name: answer.name, addresses: answer.addresses, ...(answer.canonicalName ? { canonicalName: answer.canonicalName } : {}) };
  }
  return { kind: 'nxdomain' };
}

/** The search path the kubelet writes for a ClusterFirst pod in `namespace` (pkg/kubelet/network/dns). */
export function clusterSearchPath(namespace: string, domain: string): string[] {
  return [`${namespace}.svc.${domain}`, `svc.${domain}`, domain];
}
