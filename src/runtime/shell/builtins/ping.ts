/**
 * busybox `ping [-c COUNT] [-W SEC] [-w SEC] HOST` (networking/ping.c), as Alpine-based images ship it:
 * one echo request a second; an unknown name fails at once with `bad address`. After the last request it
 * lingers for replies up to MAXWAIT (10s) or -W, prints the statistics and exits 0 when any reply came.
 * Who answers ICMP is the cluster's call (NetworkStack.icmpEcho): pods and nodes do, ClusterIPs do not.
 */
import type { Effect, Program, Wake } from '../../program';
import { isLoopback, resolveHost } from './name-resolution';

/** ping.c's PINGINTERVAL and MAXWAIT, in ms. */
const INTERVAL_MS = 1_000;
const MAX_WAIT_MS = 10_000;
/** A simulated in-cluster round trip; busybox prints it with three decimals. */
const ROUND_TRIP_MS = 0.071;

interface PingOptions {
  host?: string;
  count?: number;
  /** -W: seconds to wait for the last reply. */
  linger?: number;
  /** -w: seconds before ping exits regardless. */
  deadline?: number;
}

function parseOptions(args: readonly string[]): PingOptions {
  const options: PingOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): number => Number(arg.length > 2 ? arg.slice(2) : args[++i]);
    if (arg.startsWith('-c')) options.count = value();
    else if (arg.startsWith('-W')) options.linger = value();
    else if (arg.startsWith('-w')) options.deadline = value();
    else if (arg === '-q' || arg === '-4') continue;
    else if (!arg.startsWith('-')) options.host = arg;
  }
  return options;
}

export const ping: Program = function* (io) {
  const options = parseOptions(io.argv.slice(1));
  if (options.host === undefined) {
    io.stderr('BusyBox v1.36.1 multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n');
    return 1;
  }
  const lookup = yield* resolveHost(io, options.host);
  if (lookup.kind !== 'ok') {
    io.stderr(`ping: bad address '${options.host}'\n`);
    return 1;
  }
  const address = lookup.address;
  const answers = isLoopback(address) || io.sys.network.icmpEcho(address);
  io.stdout(`PING ${options.host} (${address}): 56 data bytes\n`);
  const count = options.count ?? Infinity;
  const deadlineMs = options.deadline !== undefined ? options.deadline * 1000 : Infinity;
  let sent = 0;
  let received = 0;
  let elapsed = 0;
  while (sent < count && elapsed < deadlineMs) {
    if (answers) {
      io.stdout(`64 bytes from ${address}: seq=${sent} ttl=64 time=${ROUND_TRIP_MS.toFixed(3)} ms\n`);
      received++;
    }
    sent++;
    const wait = sent < count ? INTERVAL_MS : received === sent ? 0 : Math.min((options.linger ?? MAX_WAIT_MS / 1000) * 1000, deadlineMs - elapsed);
    elapsed += yield* pause(wait);
  }
  io.stdout(statistics(options.host, sent, received));
  return received > 0 ? 0 : 1;
};

function* pause(ms: number): Generator<Effect, number, Wake> {
  if (ms > 0 && Number.isFinite(ms)) yield { kind: 'sleep', ms };
  return ms;
}

function statistics(host: string, sent: number, received: number): string {
  const loss = sent === 0 ? 0 : Math.floor(((sent - received) * 100) / sent);
  let text = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${received} packets received, ${loss}% packet loss\n`;
  if (received > 0) text += `round-trip min/avg/max = ${ROUND_TRIP_MS.toFixed(3)}/${ROUND_TRIP_MS.toFixed(3)}/${ROUND_TRIP_MS.toFixed(3)} ms\n`;
  return text;
}
