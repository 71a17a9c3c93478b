/**
 * Runs a program as a container process on virtual time. PID 1 semantics follow Linux: the kernel
 * drops signals a PID-1 process has no handler for (`pid_namespaces(7)`), so a shell without a
 * trap survives SIGTERM and dies only by SIGKILL at the end of the grace period (exit 137).
 *
 * Runaway protection: a run that performs more than MAX_STEPS_WITHOUT_SLEEP steps without
 * sleeping or blocking is stopped with a message on stderr and exit code RUNAWAY_EXIT_CODE, so an
 * accidental `while true; do :; done` cannot hang a scenario.
 */
import { findExecutable } from './executables';
import { NO_ARGS, sharedArgv } from './shared-argv';
import type { ImageSpec } from './images/image-spec';
import type { Listener, ListenerTable } from './listeners';
import type { NetworkStack } from './network-stack';
import type { Process, ProcessContext, ProcessState, SpawnResult } from './process';
import type { Effect, ExecutableLookup, Identity, Program, ProgramBody, ProgramIO, SignalHandler, System, Wake } from './program';
import { exitCodeForSignal, type Signal } from './signals';
import type { VirtualFS } from './vfs';

export const MAX_STEPS_WITHOUT_SLEEP = 10_000;
/** 124, as `timeout(1)` reports for a command it had to stop. */
export const RUNAWAY_EXIT_CODE = 124;
export const RUNAWAY_MESSAGE = `kubespec: script exceeded ${MAX_STEPS_WITHOUT_SLEEP} steps without sleeping (infinite loop?)\n`;

const TIMER: Wake = { kind: 'timer' };
/** The waits that carry nothing, one object each for every process. */
const START: WaitState = { kind: 'start' };
const BLOCKED: WaitState = { kind: 'block' };
const ROOT: Identity = { uid: 0, gid: 0, supplementalGroups: [] };
const NO_PORTS: readonly { containerPort: number; protocol?: string }[] = [];

/**
 * Starts `argv` in the container described by `ctx`. Fails like the CRI does when the executable
 * is missing: `exec: "sh": executable file not found in $PATH`.
 */
export function spawnProcess(argv: readonly string[], ctx: ProcessContext): SpawnResult {
  const name = argv[0];
  if (name === undefined || name === '') return { ok: false, error: 'no command specified' };
  const lookup = findExecutable(name, { fs: ctx.fs, image: ctx.image }, workingDirectory(ctx));
  switch (lookup.kind) {
    case 'found':
      return { ok: true, process: new CoroutineProcess(lookup.program, sharedArgv(lookup.argvPrefix, argv, 1), ctx) };
    case 'not-found':
      return { ok: false, error: `exec: "${name}": executable file not found in $PATH` };
    case 'no-such-file':
      return { ok: false, error: `exec: "${name}": stat ${name}: no such file or directory` };
    case 'permission-denied':
      return { ok: false, error: `exec: "${name}": permission denied` };
  }
}

type WaitState =
  | { kind: 'start' }
  | { kind: 'sleep'; until: number }
  | { kind: 'block' }
  /** The program returned, but the CPU time it used is still being charged. */
  | { kind: 'exiting'; code: number; at: number }
  | { kind: 'exited'; code: number };

/** The process's working directory: the context's, else the image's WORKDIR, else `/`. */
function workingDirectory(ctx: ProcessContext): string {
  return ctx.cwd ?? (ctx.image.workingDir || '/');
}

/**
 * A running program, which is also its own `ProgramIO` and `System`: a server keeps its io for as long as it
 * runs, and an io record, a system object and three output closures were ≈ 400 B per container. The io's
 * methods read the process, so programs call them on the io (`execIO`, never `{ ...io }`).
 * Every container's main process lives as long as it does, so it keeps only what a later run needs: the
 * working directory is read from its context, the program and the body it becomes share one field, and the
 * run's start instant (a boxed double) is dropped when the run ends.
 */
class CoroutineProcess implements Process, ProgramIO, System {
  /**
   * The program until the first run, then the body it returned: the body is made on the first run, not at
   * spawn, since a program may do its first steps when called rather than in its coroutine (an entrypoint
   * that hands back the body of the program it execs), and those steps belong to the process's first run,
   * with the run's clock. Undefined once killed before it ran.
   */
  private code: Program | ProgramBody | undefined;
  /** Signals not yet delivered; made by the first signal (most processes never get one before they exit). */
  private pending: Signal[] | undefined = undefined;
  private handler: SignalHandler | undefined = undefined;
  private wait: WaitState = START;
  /** While the process runs, the instant its run started; undefined between runs. */
  private runStart: number | undefined = undefined;
  private cpuMs = 0;

  constructor(
    program: Program,
    /** Replaced by `exec`, as the kernel replaces a process's arguments. */
    private args: readonly string[],
    private readonly ctx: ProcessContext,
  ) {
    this.code = program;
  }

  get cwd(): string {
    return workingDirectory(this.ctx);
  }

  // ProgramIO: the process's own arguments and streams.

  get argv(): readonly string[] {
    return this.args;
  }

  get env(): Readonly<Record<string, string>> {
    return this.ctx.env;
  }

  get stdin(): string {
    return this.ctx.stdin ?? '';
  }

  get sys(): System {
    return this;
  }

  stdout(text: string): void {
    this.ctx.stdout(text);
  }

  stderr(text: string): void {
    this.ctx.stderr(text);
  }

  onSignal(handler: SignalHandler | undefined): void {
    this.handler = handler;
  }

  exec(argv: readonly string[]): ProgramIO {
    this.args = sharedArgv(NO_ARGS, argv, 0);
    return this;
  }

  signal(signal: Signal): void {
    if (this.wait.kind !== 'exited') (this.pending ??= []).push(signal);
  }

  resume(): ProcessState {
    const interrupt = this.deliverSignals();
    const wait = this.wait;
    if (wait.kind === 'exited') return { state: 'exited', code: wait.code };
    if (!interrupt) {
      const now = this.ctx.now();
      if (wait.kind === 'block') return { state: 'blocked' };
      if (wait.kind === 'sleep' && now < wait.until) return { state: 'sleeping', ms: wait.until - now };
      if (wait.kind === 'exiting') return now < wait.at ? { state: 'sleeping', ms: wait.at - now } : this.finish(wait.code);
    }
    return this.run(interrupt ?? TIMER);
  }

  /** SIGKILL always wins; other signals wake the program only if its handler asks to. */
  private deliverSignals(): Wake | undefined {
    while (this.pending !== undefined && this.pending.length > 0) {
      const signal = this.pending.shift() as Signal;
      if (this.wait.kind === 'exited') return undefined;
      if (signal === 'SIGKILL') {
        const code = this.code;
        this.code = undefined;
        if (typeof code === 'object') code.return(exitCodeForSignal('SIGKILL'));
        this.finish(exitCodeForSignal('SIGKILL'));
        return undefined;
      }
      if (this.wait.kind !== 'exiting' && this.handler?.(signal)) return { kind: 'signal', signal };
    }
    return undefined;
  }

  private run(firstWake: Wake): ProcessState {
    const runStart = this.ctx.now();
    this.runStart = runStart;
    this.cpuMs = 0;
    try {
      return this.drive(firstWake, runStart);
    } finally {
      this.runStart = undefined;
      this.cpuMs = 0;
    }
  }

  private drive(firstWake: Wake, runStart: number): ProcessState {
    let wake = firstWake;
    let steps = 0;
    const body = this.started();
    for (;;) {
      const result = body.next(wake);
      if (result.done) return this.exitAfterCpu(result.value, runStart);
      const effect: Effect = result.value;
      if (effect.kind === 'cpu') {
        this.cpuMs += effect.ms;
        if (++steps > MAX_STEPS_WITHOUT_SLEEP) return this.runaway(runStart);
        wake = TIMER;
        continue;
      }
      if (effect.kind === 'block') {
        this.wait = BLOCKED;
        return { state: 'blocked' };
      }
      const total = this.cpuMs + effect.ms;
      this.wait = { kind: 'sleep', until: runStart + total };
      return { state: 'sleeping', ms: total };
    }
  }

  private started(): ProgramBody {
    const code = this.code!;
    if (typeof code === 'object') return code;
    // Cleared before the call, as the program it was: the program may run steps that read the process.
    this.code = undefined;
    return (this.code = code(this));
  }

  private runaway(runStart: number): ProcessState {
    const code = this.code;
    if (typeof code === 'object') code.return(RUNAWAY_EXIT_CODE);
    this.ctx.stderr(RUNAWAY_MESSAGE);
    return this.exitAfterCpu(RUNAWAY_EXIT_CODE, runStart);
  }

  private exitAfterCpu(code: number, runStart: number): ProcessState {
    const normalized = code & 0xff;
    if (this.cpuMs <= 0) return this.finish(normalized);
    this.wait = { kind: 'exiting', code: normalized, at: runStart + this.cpuMs };
    return { state: 'sleeping', ms: this.cpuMs };
  }

  private finish(code: number): ProcessState {
    // The process owns its sockets itself: no separate owner object.
    this.ctx.listeners.closeOwnedBy(this);
    this.wait = { kind: 'exited', code };
    return { state: 'exited', code };
  }

  // System: the container's services, seen from this process.

  get fs(): VirtualFS {
    return this.ctx.fs;
  }

  get hostname(): string {
    return this.ctx.hostname;
  }

  get network(): NetworkStack {
    return this.ctx.network;
  }

  get listeners(): ListenerTable {
    return this.ctx.listeners;
  }

  get image(): ImageSpec {
    return this.ctx.image;
  }

  get identity(): Identity {
    return this.ctx.identity ?? ROOT;
  }

  get containerPorts(): readonly { containerPort: number; protocol?: string }[] {
    return this.ctx.containerPorts ?? NO_PORTS;
  }

  /** Virtual now as the program sees it: during a run, the run's start plus the CPU time charged so far. */
  now(): number {
    const runStart = this.runStart;
    return runStart !== undefined ? runStart + this.cpuMs : this.ctx.now();
  }

  /** The process owns its sockets itself: they close when it exits. */
  listen(listener: Listener): boolean {
    return this.ctx.listeners.listen(listener, this);
  }

  kill(pid: number, signal: Signal): boolean {
    return this.ctx.kill?.(pid, signal) ?? false;
  }

  findExecutable(name: string, cwd: string): ExecutableLookup {
    return findExecutable(name, { fs: this.ctx.fs, image: this.ctx.image }, cwd);
  }

  setMemoryUsage(bytes: number): void {
    this.ctx.chargeMemory?.(this, bytes, this.now());
  }

  pid1Output(fd: 1 | 2): (text: string) => void {
    const target = this.ctx.pid1Output ?? this.ctx;
    return fd === 1 ? (text) => target.stdout(text) : (text) => target.stderr(text);
  }
}
