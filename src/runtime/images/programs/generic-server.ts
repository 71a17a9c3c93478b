/**
 * What an image outside the catalog does: runs until stopped, listening on the container's declared
 * `ports`. It answers any HTTP request with 200 so httpGet probes of a "real" app succeed, and it
 * exits with 143 (128+SIGTERM) on SIGTERM, as most application runtimes do.
 * This is kubespec's stand-in for unknown software, not a claim about any particular image.
 */
import type { Program } from '../../program';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

const SIGNALS: SignalReactions = { SIGTERM: { exitCode: 143 }, SIGINT: { exitCode: 130 } };

export const genericServer: Program = function* (io) {
  const listeners = io.sys.containerPorts.map((port) => ({
    port: port.containerPort,
    protocol: (port.protocol ?? 'TCP') as 'TCP' | 'UDP' | 'SCTP',
    http: () => ({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'OK' }),
  }));
  return yield* serveUntilSignal(io, listeners, SIGNALS, bindError);
};

function bindError(port: number): string {
  return `listen tcp :${port}: bind: address already in use\n`;
}
