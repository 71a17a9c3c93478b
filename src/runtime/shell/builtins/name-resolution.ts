/**
 * How a container process turns a host name into an address, as libc does: /etc/hosts first,
 * then the DNS servers and search domains of /etc/resolv.conf (through the NetworkStack).
 */
import type { Effect, ProgramIO, Wake } from '../../program';
import { parseResolvConf, type ResolvConf } from '../../resolv-conf';

/** One DNS round trip inside the cluster: CoreDNS answers NXDOMAIN or records at once. */
export const DNS_QUERY_MS = 1;
/** glibc/musl defaults when CoreDNS is unreachable: `timeout:5 attempts:2` (resolv.conf(5)). */
export const RESOLVER_TIMEOUT_MS = 10_000;

/** `address` is the one a client connects to; `addresses` every one getaddrinfo returned (a headless Service's pods). */
export type HostLookup = { kind: 'ok'; address: string; addresses: readonly string[] } | { kind: 'nxdomain' } | { kind: 'timeout' };

export function resolvConf(io: ProgramIO): ResolvConf {
  const fs = io.sys.fs;
  return parseResolvConf(fs.exists('/etc/resolv.conf') ? fs.readFile('/etc/resolv.conf') : '');
}

export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

export function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

/** /etc/hosts lookup (the kubelet-managed file maps the pod IP to its hostname). */
export function lookupHostsFile(io: ProgramIO, host: string): string | undefined {
  const fs = io.sys.fs;
  if (host === 'localhost') return '127.0.0.1';
  const text = fs.exists('/etc/hosts') ? fs.readFile('/etc/hosts') : '';
  for (const line of text.split('\n')) {
    const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address && names.includes(host)) return address;
  }
  return undefined;
}

export function* resolveHost(io: ProgramIO, host: string): Generator<Effect, HostLookup, Wake> {
  if (isIpAddress(host)) return { kind: 'ok', address: host, addresses: [host] };
  const fromFile = lookupHostsFile(io, host);
  if (fromFile) return { kind: 'ok', address: fromFile, addresses: [fromFile] };
  yield { kind: 'cpu', ms: DNS_QUERY_MS };
  const conf = resolvConf(io);
  const dots = host.replace(/\.$/, '').split('.').length - 1;
  const result = io.sys.network.resolve(host, dots < conf.ndots && !host.endsWith('.') ? conf.searches : []);
  if (result.kind === 'timeout') {
    yield { kind: 'sleep', ms: RESOLVER_TIMEOUT_MS };
    return result;
  }
  if (result.kind === 'nxdomain' || result.addresses.length === 0) return { kind: 'nxdomain' };
  return { kind: 'ok', address: result.addresses[0] as string, addresses: result.addresses };
}
