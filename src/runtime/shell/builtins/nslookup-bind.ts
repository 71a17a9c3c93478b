/**
 * `nslookup NAME [SERVER]` from BIND 9.9's dnsutils (Debian jessie, the docs' jessie-dnsutils image;
 * bin/dig/nslookup.c over dighost.c). It honours resolv.conf's search list and ndots, asks for A records
 * only, and prints the answer as CoreDNS sends it: authoritative for cluster names, so without a
 * "Non-authoritative answer:" line. NXDOMAIN names the name as typed and exits 1.
 */
import type { Effect, ProgramIO, Wake } from '../../program';
import { DNS_QUERY_MS, resolvConf } from './name-resolution';

/** dighost.c's defaults nslookup keeps: a 5-second UDP timeout, three tries. */
export const BIND_NSLOOKUP_TIMEOUT_MS = 15_000;

export function* bindLookup(io: ProgramIO, name: string, server: string): Generator<Effect, number, Wake> {
  const conf = resolvConf(io);
  const dots = name.replace(/\.$/, '').split('.').length - 1;
  yield { kind: 'cpu', ms: DNS_QUERY_MS };
  const result = io.sys.network.resolve(name, dots < conf.ndots && !name.endsWith('.') ? conf.searches : []);
  if (result.kind === 'timeout') {
    yield { kind: 'sleep', ms: BIND_NSLOOKUP_TIMEOUT_MS };
    io.stdout(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  let out = `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
  if (result.kind !== 'ok') {
    io.stdout(`${out}** server can't find ${name.replace(/\.$/, '')}: NXDOMAIN\n\n`);
    return 1;
  }
  // An ExternalName Service answers with its CNAME, then the target's records when they resolve.
  const owner = result.canonicalName ?? result.name;
  if (result.canonicalName) out += `${result.name}\tcanonical name = ${result.canonicalName}.\n`;
  out += result.addresses.map((address) => `Name:\t${owner}\nAddress: ${address}\n`).join('');
  io.stdout(`${out}\n`);
  return 0;
}
