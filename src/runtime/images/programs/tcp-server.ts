/**
 * Database-style servers (redis, mysql, postgres, goproxy) as data: an optional start-up delay
 * before the port opens, environment the entrypoint insists on (mysql and postgres refuse to
 * initialise without a password: the classic CrashLoopBackOff), log lines, and signal reactions.
 */
import type { Program, ProgramIO } from '../../program';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

export interface TcpServerSpec {
  ports: readonly number[];
  /** Time before the port accepts connections (database initialisation). */
  startupDelayMs?: number;
  /** At least one of these variables must be non-empty, else `missingEnvMessage` and exit 1. */
  requiredEnvAnyOf?: readonly string[];
  missingEnvMessage?: (io: ProgramIO) => string;
  startupLog?: (io: ProgramIO) => string;
  signals: SignalReactions;
}

export function tcpServer(spec: TcpServerSpec): Program {
  return function* (io) {
    if (spec.requiredEnvAnyOf && !spec.requiredEnvAnyOf.some((name) => (io.env[name] ?? '') !== '')) {
      io.stderr(spec.missingEnvMessage?.(io) ?? '');
      return 1;
    }
    if (spec.startupLog) io.stdout(spec.startupLog(io));
    if (spec.startupDelayMs) yield { kind: 'sleep', ms: spec.startupDelayMs };
    const listeners = spec.ports.map((port) => ({ port, protocol: 'TCP' as const }));
    return yield* serveUntilSignal(io, listeners, spec.signals, bindError);
  };
}

function bindError(port: number): string {
  return `bind: address already in use (port ${port})\n`;
}
