/**
 * A NetworkStack with fixed records, for tests of the shell's network tools (used only by
 * *.test.ts). Names resolve through the search domains like a stub resolver with ndots:5.
 */
import type { HttpResult, NetworkStack, ResolveResult } from './network-stack';

export interface FakeNetworkOptions {
  /** FQDN → address, e.g. `web.default.svc.cluster.local` → `10.96.0.5` (several for a headless Service). */
  records: Readonly<Record<string, string | readonly string[]>>;
  /** address → HTTP body served on any path; addresses absent here refuse connections. */
  http?: Readonly<Record<string, string>>;
  /** Addresses that answer ping (pods and nodes). */
  pingable?: readonly string[];
  /** Addresses whose packets are dropped (connections time out). */
  blackholes?: readonly string[];
  dnsDown?: boolean;
}

export function fakeNetwork(options: FakeNetworkOptions): NetworkStack {
  return {
    resolve(name: string, searchDomains: readonly string[]): ResolveResult {
      if (options.dnsDown) return { kind: 'timeout' };
      for (const candidate of [...searchDomains.map((domain) => `${name}.${domain}`), name.replace(/\.$/, '')]) {
        const address = options.records[candidate];
        if (address) return { kind: 'ok', name: candidate, addresses: typeof address === 'string' ? [address] : [...address] };
      }
      return { kind: 'nxdomain' };
    },
    reverseLookup: (address) =>
      address === '10.96.0.10' ? 'kube-dns.kube-system.svc.cluster.local' : Object.keys(options.records).find((name) => [options.records[name]].flat().includes(address)),
    httpRequest(request): HttpResult {
      const host = new URL(request.url).hostname;
      if (options.blackholes?.includes(host)) return { kind: 'timeout' };
      const body = options.http?.[host];
      return body === undefined ? { kind: 'refused' } : { kind: 'ok', status: 200, headers: {}, body };
    },
    tcpConnect: (host) => options.http?.[host] !== undefined,
    icmpEcho: (address) => options.pingable?.includes(address) ?? false,
  };
}
