/**
 * How simulated executables are written. A program is a generator (a coroutine): it yields
 * `cpu` to charge virtual time for work done, `sleep` to wait, `block` to wait for a signal, and
 * returns its exit code. The process wrapper (spawn-process.ts) drives it on virtual time.
 */
import type { ImageSpec } from './images/image-spec';
import type { Listener, ListenerTable } from './listeners';
import type { NetworkStack } from './network-stack';
import type { Signal } from './signals';
import type { VirtualFS } from './vfs';

export type Effect =
  /** Work that takes `ms` of virtual time without waiting: counts toward the runaway limit. */
  | { kind: 'cpu'; ms: number }
  | { kind: 'sleep'; ms: number }
  /** Waits until a handled signal arrives (a server, `sleep infinity`, `tail -f /dev/null`). */
  | { kind: 'block' };

/** What a yield returns: the wait ended normally, or a handled signal interrupted it. */
export type Wake = { kind: 'timer' } | { kind: 'signal'; signal: Signal };

export type ProgramBody = Generator<Effect, number, Wake>;

/** Decides what a signal does to PID 1: true wakes the program with it; false leaves it waiting. */
export type SignalHandler = (signal: Signal) => boolean;

export interface Identity {
  uid: number;
  gid: number;
  supplementalGroups: readonly number[];
}

export type ExecutableLookup =
  /** Run as `[...argvPrefix, ...args]`: the name itself, or `[interpreter, path]` for a `#!` script. */
  | { kind: 'found'; program: Program; argvPrefix: readonly string[] }
  | { kind: 'not-found' }
  | { kind: 'no-such-file' }
  | { kind: 'permission-denied' };

/** Process-wide services shared by every program running in the process (the shell and its children). */
export interface System {
  readonly fs: VirtualFS;
  readonly hostname: string;
  readonly network: NetworkStack;
  readonly listeners: ListenerTable;
  readonly image: ImageSpec;
  readonly identity: Identity;
  readonly containerPorts: readonly { containerPort: number; protocol?: string }[];
  /** Virtual milliseconds since the epoch, including the CPU time charged so far in this run. */
  now(): number;
  /** Binds a socket owned by this process; it closes when the process exits. */
  listen(listener: Listener): boolean;
  /** Sends a signal to a process of the container (`nginx -s quit` signals PID 1). */
  kill(pid: number, signal: Signal): boolean;
  /** `$PATH` lookup of a command in this image (and of scripts in the filesystem). */
  findExecutable(name: string, cwd: string): ExecutableLookup;
  /** Writes to PID 1's stdout/stderr (`echo hi > /proc/1/fd/1` reaches `kubectl logs`). */
  pid1Output(fd: 1 | 2): (text: string) => void;
  /**
   * The memory this process holds now, in bytes (what it allocated and touched; 0 once it freed it): charged
   * to its container's memory cgroup, whose OOM killer ends the container once the charge passes its limit.
   * Programs that never call it cost the runtime nothing.
   */
  setMemoryUsage(bytes: number): void;
}

export interface ProgramIO {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly stdin: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readonly sys: System;
  /** Installs the process's signal handler; a no-op unless this program is PID 1. */
  onSignal(handler: SignalHandler | undefined): void;
  /**
   * The io of the program that replaces this one in its process (`exec`), with its own argv. A process that
   * is its own io implements it by taking the new argv; without it, `execIO` makes a forwarding copy.
   */
  exec?(argv: readonly string[]): ProgramIO;
}

/**
 * The io of a program run in place of the caller (`exec "$@"`, `env VAR=x CMD`): the caller's process,
 * streams and signal handling, with its own argv and environment. The methods are called on `io`, never
 * taken off it: a process's io may be an object whose methods read its fields.
 */
export function execIO(io: ProgramIO, argv: readonly string[], env?: Readonly<Record<string, string>>): ProgramIO {
  // The caller's environment is not read unless another is given: a container builds its record on first read
  // (`EnvironmentTemplate`), and an entrypoint that execs its server never needs it.
  if ((env === undefined || env === io.env) && io.exec !== undefined) return io.exec(argv);
  return {
    argv,
    env: env ?? io.env,
    cwd: io.cwd,
    stdin: io.stdin,
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
    sys: io.sys,
    onSignal: (handler) => io.onSignal(handler),
  };
}

export type Program = (io: ProgramIO) => ProgramBody;

/** One step of work: 1 ms of virtual time per command, so loops advance the clock. */
export const STEP_COST_MS = 1;

export const CPU_STEP: Effect = { kind: 'cpu', ms: STEP_COST_MS };
