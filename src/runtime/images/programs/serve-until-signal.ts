/**
 * The life of a server process as data: bind its ports, then wait for signals; each handled
 * signal logs a line and exits with a code, possibly after a delay (graceful shutdown).
 */
import type { Listener } from '../../listeners';
import type { Effect, ProgramBody, ProgramIO, SignalHandler, Wake } from '../../program';
import type { Signal } from '../../signals';

export interface SignalReaction {
  exitCode: number;
  /** Lines written when the signal arrives (already formatted). */
  log?: (io: ProgramIO) => string;
  /** Time the shutdown takes before the process exits. */
  delayMs?: number;
}

export type SignalReactions = Partial<Record<Signal, SignalReaction>>;

/** The message a server writes when its port is taken; given the io so that it can be a module function, not a closure per process. */
export type BindError = (port: number, io: ProgramIO) => string;

/**
 * Binds the listeners, then waits for a handled signal: its reaction logs, closes the ports, waits `delayMs`
 * and exits. A server keeps this body for its container's whole life, so it is a small state object with
 * the generator protocol rather than a suspended generator (whose register file alone is ≈ 200 B); it
 * answers `next`, `return` and `throw` as the generator `function*` it replaces did.
 */
export function serveUntilSignal(io: ProgramIO, listeners: readonly Listener[], reactions: SignalReactions, bindError: BindError): ProgramBody {
  return new ServerBody(io, listeners, reactions, bindError);
}

const BLOCK: IteratorYieldResult<Effect> = Object.freeze({ done: false, value: Object.freeze({ kind: 'block' }) });

const enum Phase {
  /** Not run yet: the first `next` binds. */
  Start,
  Serving,
  /** A reaction's shutdown delay is running; the next wake exits with `exitCode`. */
  ShuttingDown,
  Done,
}

class ServerBody implements ProgramBody {
  private phase = Phase.Start;
  private exitCode = 0;

  /** A server's one socket itself, or its list: nearly every server has one, and a list of one is ≈ 56 B per process. */
  private readonly sockets: Listener | readonly Listener[];

  constructor(
    private readonly io: ProgramIO,
    listeners: readonly Listener[],
    private readonly reactions: SignalReactions,
    private readonly bindError: BindError,
  ) {
    this.sockets = listeners.length === 1 ? listeners[0]! : listeners;
  }

  next(...[wake]: [] | [Wake]): IteratorResult<Effect, number> {
    switch (this.phase) {
      case Phase.Start:
        return this.bind();
      case Phase.Serving:
        return this.react(wake);
      case Phase.ShuttingDown:
        return this.exit(this.exitCode);
      case Phase.Done:
        // What a finished generator answers (its value is undefined, which no caller reads).
        return { done: true, value: undefined as unknown as number };
    }
  }

  return(code: number): IteratorResult<Effect, number> {
    return this.exit(code);
  }

  throw(error: unknown): IteratorResult<Effect, number> {
    this.phase = Phase.Done;
    throw error;
  }

  [Symbol.iterator](): this {
    return this;
  }

  get [Symbol.toStringTag](): string {
    return 'Generator';
  }

  private bind(): IteratorResult<Effect, number> {
    const io = this.io;
    const sockets = this.sockets;
    const count = isList(sockets) ? sockets.length : 1;
    for (let i = 0; i < count; i++) {
      const listener = isList(sockets) ? sockets[i]! : sockets;
      if (!io.sys.listen(listener)) {
        io.stderr(this.bindError(listener.port, io));
        return this.exit(1);
      }
    }
    io.onSignal(handlerFor(this.reactions));
    this.phase = Phase.Serving;
    return BLOCK;
  }

  private react(wake: Wake | undefined): IteratorResult<Effect, number> {
    const reaction = wake?.kind === 'signal' ? this.reactions[wake.signal] : undefined;
    if (!reaction) return BLOCK;
    const io = this.io;
    if (reaction.log) io.stderr(reaction.log(io));
    const sockets = this.sockets;
    if (!isList(sockets)) io.sys.listeners.close(sockets.port, sockets.protocol);
    else for (const listener of sockets) io.sys.listeners.close(listener.port, listener.protocol);
    if (!reaction.delayMs) return this.exit(reaction.exitCode);
    this.phase = Phase.ShuttingDown;
    this.exitCode = reaction.exitCode;
    return { done: false, value: { kind: 'sleep', ms: reaction.delayMs } };
  }

  private exit(code: number): IteratorResult<Effect, number> {
    this.phase = Phase.Done;
    return { done: true, value: code };
  }
}

function isList(sockets: Listener | readonly Listener[]): sockets is readonly Listener[] {
  return Array.isArray(sockets);
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
