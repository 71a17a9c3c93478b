/**
 * A tiny container and clock for tests: builds a ProcessContext around an image, then drives a
 * process by calling resume() and summing its sleeps, delivering signals at chosen instants.
 * Used only by *.test.ts (the kubelet drives processes on the real VirtualClock).
 */
import { DEFAULT_EPOCH_MS } from '../clock';
import { createContainerRoot } from './images/container-root';
import { resolveContainerConfig } from './images/container-config';
import type { ImageSpec } from './images/image-spec';
import { lookupImage } from './images/lookup-image';
import { ListenerTable } from './listeners';
import { ISOLATED_NETWORK, type NetworkStack } from './network-stack';
import type { Process, ProcessContext, ProcessState } from './process';
import type { Identity } from './program';
import { renderResolvConf } from './resolv-conf';
import type { Signal } from './signals';
import { spawnProcess } from './spawn-process';
import type { VirtualFS } from './vfs';

export interface OutputLine {
  /** Milliseconds since the container was created. */
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  output: OutputLine[];
  /** The exit code, or undefined when the process was still running at the deadline. */
  exitCode: number | undefined;
  /** Virtual time the run took (to the exit, or to the deadline). */
  elapsedMs: number;
  finalState: ProcessState;
}

export interface FakeContainerOptions {
  image?: string;
  env?: Record<string, string>;
  hostname?: string;
  network?: NetworkStack;
  identity?: Identity;
  containerPorts?: { containerPort: number; protocol?: string }[];
  listeners?: ListenerTable;
  readOnlyRootFilesystem?: boolean;
}

export class FakeContainer {
  readonly image: ImageSpec;
  readonly fs: VirtualFS;
  readonly listeners: ListenerTable;
  readonly output: OutputLine[] = [];
  private readonly start = DEFAULT_EPOCH_MS;
  private current = DEFAULT_EPOCH_MS;
  private mainProcess: Process | undefined;

  constructor(private readonly options: FakeContainerOptions = {}) {
    this.image = lookupImage(options.image ?? 'busybox');
    this.fs = createContainerRoot(this.image, { readOnlyRootFilesystem: options.readOnlyRootFilesystem, now: () => this.current });
    this.listeners = options.listeners ?? new ListenerTable();
    const root = this.fs;
    root.writeFile('/etc/hostname', `${this.hostname}\n`);
    root.writeFile('/etc/resolv.conf', renderResolvConf({ nameservers: ['10.96.0.10'], searches: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 }));
    root.writeFile('/etc/hosts', `127.0.0.1\tlocalhost\n10.244.0.5\t${this.hostname}\n`);
  }

  get hostname(): string {
    return this.options.hostname ?? 'test-pod';
  }

  /** Virtual time since the container was created. */
  get elapsed(): number {
    return this.current - this.start;
  }

  context(overrides: Partial<ProcessContext> = {}): ProcessContext {
    const config = resolveContainerConfig(this.image, { env: this.options.env }, this.hostname);
    return {
      fs: this.fs,
      env: config.env,
      cwd: config.cwd,
      hostname: this.hostname,
      stdout: (text) => this.output.push({ at: this.elapsed, stream: 'stdout', text }),
      stderr: (text) => this.output.push({ at: this.elapsed, stream: 'stderr', text }),
      now: () => this.current,
      network: this.options.network ?? ISOLATED_NETWORK,
      listeners: this.listeners,
      image: this.image,
      identity: this.options.identity,
      containerPorts: this.options.containerPorts,
      kill: (pid, signal) => {
        if (pid !== 1 || !this.mainProcess) return false;
        this.mainProcess.signal(signal);
        return true;
      },
      ...overrides,
    };
  }

  /** Starts `argv` (or the image's default command) as PID 1; throws on a CRI start error. */
  spawn(argv?: readonly string[], overrides: Partial<ProcessContext> = {}): Process {
    const resolved = argv ?? resolveContainerConfig(this.image, {}, this.hostname).argv;
    const result = spawnProcess(resolved, this.context(overrides));
    if (!result.ok) throw new Error(result.error);
    this.mainProcess ??= result.process;
    return result.process;
  }

  /**
   * Runs a process until it exits or the clock reaches `untilMs` (default: one hour), delivering
   * `signals` at their instants. Both are measured from the container's creation, so successive
   * calls continue one timeline.
   */
  run(process: Process, options: { untilMs?: number; signals?: { atMs: number; signal: Signal }[] } = {}): RunResult {
    const firstLine = this.output.length;
    const startedAt = this.current;
    const deadline = this.start + (options.untilMs ?? 3_600_000);
    const signals = [...(options.signals ?? [])].sort((a, b) => a.atMs - b.atMs);
    let state = process.resume();
    for (;;) {
      if (state.state === 'exited') break;
      const wakeAt = state.state === 'sleeping' ? this.current + state.ms : Number.POSITIVE_INFINITY;
      const next = signals[0];
      if (next && this.start + next.atMs <= Math.min(wakeAt, deadline)) {
        this.current = Math.max(this.current, this.start + next.atMs);
        signals.shift();
        process.signal(next.signal);
        state = process.resume();
        continue;
      }
      if (wakeAt > deadline) {
        this.current = Math.max(this.current, deadline);
        break;
      }
      this.current = wakeAt;
      state = process.resume();
    }
    const output = this.output.slice(firstLine);
    return {
      stdout: output.filter((line) => line.stream === 'stdout').map((line) => line.text).join(''),
      stderr: output.filter((line) => line.stream === 'stderr').map((line) => line.text).join(''),
      output,
      exitCode: state.state === 'exited' ? state.code : undefined,
      elapsedMs: this.current - startedAt,
      finalState: state,
    };
  }

  /** `sh -c SCRIPT` as PID 1, run as `run` does. */
  runScript(script: string, options: { untilMs?: number; signals?: { atMs: number; signal: Signal }[] } = {}): RunResult {
    return this.run(this.spawn(['sh', '-c', script]), options);
  }
}
