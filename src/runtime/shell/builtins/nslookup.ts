/**
 * `nslookup NAME [SERVER]` in the two busybox flavours images ship:
 * - busybox ≥ 1.29 (networking/nslookup.c): own DNS client; A then AAAA queries; search domains
 *   only for names without a dot; every answer printed as it arrives; exit 1 if any query failed.
 * - busybox ≤ 1.28 (the docs' `busybox:1.28`): libc getaddrinfo with reverse names,
 *   `Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local`, `can't resolve` on stderr.
 * Debian's BIND nslookup (the docs' jessie-dnsutils) is in nslookup-bind.ts.
 * Cluster addresses are IPv4 only, so AAAA answers are empty (a blank line, as busybox prints).
 */
import type { Effect, Program, ProgramIO, Wake } from '../../program';
import { DNS_QUERY_MS, resolveHost, resolvConf } from './name-resolution';
import { bindLookup } from './nslookup-bind';

/** busybox nslookup's default `-timeout=5` seconds (G.default_timeout) for all queries together. */
export const NSLOOKUP_TIMEOUT_MS = 5_000;

export const nslookup: Program = function* (io) {
  const operands = io.argv.slice(1).filter((arg) => !arg.startsWith('-'));
  const name = operands[0];
  if (name === undefined) {
    io.stderr('BusyBox v1.36.1 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n');
    return 1;
  }
  const server = operands[1] ?? resolvConf(io).nameservers[0] ?? '127.0.0.1';
  const flavour = io.sys.image.nslookup?.(io.sys.image.version) ?? 'busybox';
  if (flavour === 'bind') return yield* bindLookup(io, name, server);
  return flavour === 'busybox-legacy' ? yield* legacyLookup(io, name, server) : yield* modernLookup(io, name, server);
};

function* modernLookup(io: ProgramIO, name: string, server: string): Generator<Effect, number, Wake> {
  const searches = resolvConf(io).searches;
  const candidates = name.includes('.') || searches.length === 0 ? [name] : searches.map((domain) => `${name}.${domain}`);
  yield { kind: 'cpu', ms: DNS_QUERY_MS };
  const answers = candidates.map((candidate) => ({ candidate, result: io.sys.network.resolve(candidate, []) }));
  if (answers.some(({ result }) => result.kind === 'timeout')) {
    yield { kind: 'sleep', ms: NSLOOKUP_TIMEOUT_MS };
    io.stdout(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  let out = `Server:\t\t${server}\nAddress:\t${server}:53\n\n`;
  let status = 0;
  for (const type of ['A', 'AAAA'] as const) {
    for (const { candidate, result } of answers) {
      if (result.kind !== 'ok') {
        out += `** server can't find ${candidate}: NXDOMAIN\n\n`;
        status = 1;
        continue;
      }
      if (type === 'A') out += result.addresses.map((address) => `Name:\t${result.name}\nAddress: ${address}\n`).join('');
      out += '\n';
    }
  }
  io.stdout(out);
  return status;
}

function* legacyLookup(io: ProgramIO, name: string, server: string): Generator<Effect, number, Wake> {
  const reverse = (address: string): string => {
    const host = io.sys.network.reverseLookup?.(address);
    return host ? `${address} ${host}` : address;
  };
  io.stdout(`${'Server:'.padEnd(10)} ${server}\nAddress 1: ${reverse(server)}\n\n`);
  const lookup = yield* resolveHost(io, name);
  if (lookup.kind !== 'ok') {
    io.stderr(`nslookup: can't resolve '${name}'\n`);
    return 1;
  }
  // print_host: one `Address N:` line per address getaddrinfo returned.
  const lines = lookup.addresses.map((address, i) => `Address ${i + 1}: ${reverse(address)}\n`);
  io.stdout(`${'Name:'.padEnd(10)} ${name}\n${lines.join('')}`);
  return 0;
}
