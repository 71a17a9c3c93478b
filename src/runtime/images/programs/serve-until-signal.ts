/**
 * The life of a server process as data: bind its ports, then wait for signals; each handled
 * signal logs a line and exits with a code, possibly after a delay (graceful shutdown).
 */
import type { Listener } from '../../listeners';
import type { ProgramBody, ProgramIO, SignalHandler } from '../../program';
import type { Signal } from '../../signals';

export interface SignalReaction {
  exitCode: number;
  /** Lines written when the signal arrives (already formatted). */
  log?: (io: ProgramIO) => string;
  /** Time the shutdown takes before the process exits. */
  delayMs?: number;
}

export type SignalReactions = Partial<Record<Signal, SignalReaction>>;

export function* serveUntilSignal(io: ProgramIO, listeners: readonly Listener[], reactions: SignalReactions, bindError: (port: number) => string): ProgramBody {
  for (const listener of listeners) {
    if (!io.sys.listen(listener)) {
      io.stderr(bindError(listener.port));
      return 1;
    }
  }
  io.onSignal(handlerFor(reactions));
  for (;;) {
    const wake = yield { kind: 'block' };
    const reaction = wake.kind === 'signal' ? reactions[wake.signal] : undefined;
    if (!reaction) continue;
    if (reaction.log) io.stderr(reaction.log(io));
    for (const listener of listeners) io.sys.listeners.close(listener.port, listener.protocol);
    if (reaction.delayMs) yield { kind: 'sleep', ms: reaction.delayMs };
    return reaction.exitCode;
  }
}

/** Signal handlers by their (module-constant) reactions: one per program, not a closure per process. */
const HANDLERS = new WeakMap<SignalReactions, SignalHandler>();

function handlerFor(reactions: SignalReactions): SignalHandler {
  let handler = HANDLERS.get(reactions);
  if (!handler) HANDLERS.set(reactions, (handler = (signal) => reactions[signal] !== undefined));
  return handler;
}

/** Go's `log` package prefix: `2025/01/01 00:00:05 `. */
export function goLogTime(ms: number): string {
  return new Date(ms).toISOString().replace(/^(\d+)-(\d+)-(\d+)T([\d:]+)\..*$/, '$1/$2/$3 $4');
}
