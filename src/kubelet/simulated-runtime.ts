/**
 * containerd for kubespec: containers are `src/runtime` coroutine processes driven on the VirtualClock.
 * A sleeping process costs one clock event per wake-up and a blocked one (a server) costs nothing, so an
 * idle cluster's cost does not grow with time. Container IDs come from a seeded generator of their own,
 * so starting containers does not shift the names and UIDs the rest of the cluster draws.
 *
 * Memory: a program that reports what it holds (`System.setMemoryUsage`) is charged to its container's memory
 * cgroup, made on the first charge and asking the kubelet for the limit then. Past the limit, the cgroup OOM
 * killer ends the container as on cgroup v2 with kubelet ≥ 1.28 defaults (`memory.oom.group` = 1: every process
 * of the container, not only the biggest), SIGKILL, exit code 137, reported with containerd's `OOMKilled`.
 */
import type { ScheduledEventId, SeededRandom, VirtualClock } from '../clock';
import { EnvironmentTemplate, exitCodeForSignal, ListenerTable, MemoryCgroup, RecentValues, spawnProcess, type Process, type ProcessContext, type Signal } from '../runtime';
import type { ContainerExitListener, ContainerExitReason, ContainerRuntime, ContainerStartSpec, ExecOptions, ExecResult, StartResult } from './container-runtime';

/** An exec (`kubectl exec`, an exec probe without timeout) may use this much virtual time before it is abandoned. */
export const MAX_EXEC_MS = 10 * 60 * 1000;

export class SimulatedRuntime implements ContainerRuntime {
  private readonly sandboxes = new Map<string, ListenerTable>();
  private readonly containers = new Map<string, ContainerContext>();
  /** Memory cgroups by container id, for containers that charged memory; made with the first one. */
  private memoryCgroups: Map<string, MemoryCgroup> | undefined = undefined;

  constructor(
    readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {}

  runPodSandbox(podUid: string): ListenerTable {
    let listeners = this.sandboxes.get(podUid);
    if (!listeners) this.sandboxes.set(podUid, (listeners = new ListenerTable()));
    return listeners;
  }

  stopPodSandbox(podUid: string): void {
    for (const [id, container] of this.containers) {
      if (container.podUid !== podUid) continue;
      container.signal('SIGKILL');
      this.containers.delete(id);
      this.releaseMemoryCgroup(id);
    }
    this.sandboxes.delete(podUid);
  }

  startContainer(spec: ContainerStartSpec, listener: ContainerExitListener): StartResult {
    const listeners = this.runPodSandbox(spec.podUid);
    const id = this.newId();
    const container = new ContainerContext(this, spec, EnvironmentTemplate.of(spec.env, spec.hostname), listeners, id);
    const spawned = spawnProcess(spec.argv, container);
    if (!spawned.ok) return { ok: false, message: ociCreateError(spawned.error) };
    container.drive(spawned.process, listener);
    this.containers.set(id, container);
    container.start();
    return { ok: true, id };
  }

  signal(containerId: string, signal: Signal): void {
    this.containers.get(containerId)?.signal(signal);
  }

  isRunning(containerId: string): boolean {
    return this.containers.get(containerId)?.running ?? false;
  }

  forceExit(containerId: string, exitCode: number): void {
    this.containers.get(containerId)?.forceExit(exitCode);
  }

  /** The container whose main process is `containerId` (a process's `kill` of PID 1 goes there). */
  container(containerId: string): ContainerContext | undefined {
    return this.containers.get(containerId);
  }

  exec(containerId: string, argv: readonly string[], options: ExecOptions = {}): ExecResult {
    const container = this.containers.get(containerId);
    if (!container?.running) return { exitCode: 126, stdout: '', stderr: '', timedOut: false, error: `container not found ("${containerId}")` };
    const output = { stdout: '', stderr: '' };
    let local = this.clock.now();
    const context = new ExecContext(this, container, containerId, () => local, output, options.stdin ?? '');
    const spawned = spawnProcess(argv, context);
    if (!spawned.ok) return { exitCode: 126, ...output, timedOut: false, error: ociExecError(spawned.error) };
    const deadline = local + (options.timeoutMs ?? MAX_EXEC_MS);
    try {
      for (let state = spawned.process.resume(); ; state = spawned.process.resume()) {
        if (state.state === 'exited') return { exitCode: state.code, ...output, timedOut: false };
        if (state.state === 'blocked' || local + state.ms > deadline) {
          spawned.process.signal('SIGKILL');
          spawned.process.resume();
          return { exitCode: 137, ...output, timedOut: true };
        }
        local += state.ms;
      }
    } finally {
      this.memoryCgroups?.get(containerId)?.release(spawned.process);
    }
  }

  execAsync(containerId: string, argv: readonly string[], onDone: (result: ExecResult) => void): () => void {
    const container = this.containers.get(containerId);
    if (!container?.running) {
      onDone({ exitCode: 126, stdout: '', stderr: '', timedOut: false, error: `container not found ("${containerId}")` });
      return () => {};
    }
    const output = { stdout: '', stderr: '' };
    const context = new ExecContext(this, container, containerId, undefined, output);
    const spawned = spawnProcess(argv, context);
    if (!spawned.ok) {
      onDone({ exitCode: 126, ...output, timedOut: false, error: ociExecError(spawned.error) });
      return () => {};
    }
    // The exec's context drives its process, as a container's drives its main one.
    const process = spawned.process;
    context.drive(process, {
      processExited: (_id, code) => {
        this.memoryCgroups?.get(containerId)?.release(process);
        onDone({ exitCode: code, ...output, timedOut: false });
      },
    });
    context.start();
    return () => context.abandon();
  }

  /**
   * `process` of container `containerId` now holds `bytes` (from its own run, at its instant `at`). Past the
   * cgroup's limit, the OOM kill lands at that instant, from a clock event of its own: the process is mid-run.
   */
  chargeMemory(containerId: string, process: object, bytes: number, at: number): void {
    const container = this.containers.get(containerId);
    if (!container?.running) return;
    const cgroups = (this.memoryCgroups ??= new Map());
    let cgroup = cgroups.get(containerId);
    if (!cgroup) cgroups.set(containerId, (cgroup = new MemoryCgroup(container.memoryLimit())));
    if (!cgroup.charge(process, bytes) || cgroup.oomKilled) return;
    cgroup.oomKilled = true;
    this.clock.schedule(Math.max(0, at - this.clock.now()), `oom-kill ${container.name}`, () => container.oomKill());
  }

  /** The container's `memory.current`, if it has a memory cgroup (only containers whose programs charged memory do). */
  memoryUsage(containerId: string): number | undefined {
    return this.memoryCgroups?.get(containerId)?.usage;
  }

  /** The container ended: its cgroup goes with it. */
  releaseMemoryCgroup(containerId: string): void {
    this.memoryCgroups?.delete(containerId);
  }

  private newId(): string {
    // One flat string from 64 character codes written into a reused array: not a rope of 64 pieces (which
    // every holder of the id would retain), nor 64 one-character strings and a join.
    const codes = ID_CODES;
    for (let i = 0; i < 64; i++) codes[i] = HEX_CODES[this.random.int(16)]!;
    return String.fromCharCode.apply(null, codes);
  }
}

/** `0`–`9`, `a`–`f`, and the codes of the id being built (`newId`; never held past the call). */
const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const ID_CODES: number[] = new Array<number>(64).fill(0);

/** What a container context copies from its start spec, or an exec's from its container. */
type ContainerFields = Pick<ContainerStartSpec, 'podUid' | 'name' | 'cwd' | 'image' | 'fs' | 'hostname' | 'network' | 'containerPorts' | 'identity' | 'log'>;

/**
 * A running container: its process's context and the driver that resumes that process on the clock, in one
 * object that holds the start spec's fields itself. A container kept a spec record, a context and a driver
 * (≈ 270 B) for its whole life, and the runtime reaches its clock and container table through `runtime`
 * rather than a field each. The environment is kept as its replicas' shared template while nobody reads it
 * (`EnvironmentTemplate`). An exec's context (`ExecContext`) is the same with its output captured; an
 * asynchronous exec drives its own process.
 */
class ContainerContext implements ProcessContext {
  readonly podUid: string;
  readonly name: string;
  readonly cwd: string;
  readonly image: ContainerStartSpec['image'];
  readonly fs: ContainerStartSpec['fs'];
  readonly hostname: string;
  readonly network: ContainerStartSpec['network'];
  readonly containerPorts: ContainerStartSpec['containerPorts'];
  readonly identity: ContainerStartSpec['identity'];
  readonly log: ContainerStartSpec['log'];
  /** The environment, or its replicas' shared template until a process first reads it (one field for either). */
  private environment: Readonly<Record<string, string>> | EnvironmentTemplate;
  // The driver's state: the process, once spawned, and how its run stands.
  private process: Process | undefined = undefined;
  private listener: ContainerExitListener | undefined = undefined;
  private timer: ScheduledEventId | undefined = undefined;
  /** `RUNS` until the process exits (`EXITED`) or is given up on (`ABANDONED`): one field, kept for the container's life. */
  private end: ContainerEnd = RUNS;

  constructor(
    protected readonly runtime: SimulatedRuntime,
    fields: ContainerFields & { readonly env: Readonly<Record<string, string>> },
    template: EnvironmentTemplate | undefined,
    readonly listeners: ListenerTable,
    protected readonly id: string,
  ) {
    this.podUid = fields.podUid;
    this.name = fields.name;
    this.cwd = fields.cwd;
    this.image = fields.image;
    this.fs = fields.fs;
    this.hostname = fields.hostname;
    this.network = fields.network;
    this.containerPorts = fields.containerPorts && sharedPorts(fields.containerPorts);
    this.identity = fields.identity;
    this.log = fields.log;
    this.environment = template ?? fields.env;
  }

  get env(): Readonly<Record<string, string>> {
    const environment = this.environment;
    if (!(environment instanceof EnvironmentTemplate)) return environment;
    return (this.environment = environment.instantiate(this.hostname));
  }

  now(): number {
    return this.runtime.clock.now();
  }

  stdout(text: string): void {
    this.log.write('stdout', text, this.now());
  }

  stderr(text: string): void {
    this.log.write('stderr', text, this.now());
  }

  chargeMemory(process: object, bytes: number, at: number): void {
    this.runtime.chargeMemory(this.id, process, bytes, at);
  }

  /** The kubelet's limit for this container, asked for when its cgroup is made. */
  memoryLimit(): number | undefined {
    return this.listener?.memoryLimit?.(this.name);
  }

  kill(pid: number, signal: Signal): boolean {
    const target = this.runtime.container(this.id);
    if (pid !== 1 || !target?.running) return false;
    target.signal(signal);
    return true;
  }

  // The driver: resumes the process whenever it asked to be woken, and reports its exit once.

  /** The clock events' label, built when one is scheduled: a blocked server schedules none. */
  protected get label(): string {
    return `container ${this.name} (${this.podUid.slice(0, 8)})`;
  }

  get running(): boolean {
    return this.process !== undefined && this.end === RUNS;
  }

  drive(process: Process, listener: ContainerExitListener): void {
    this.process = process;
    this.listener = listener;
  }

  private reportExit(code: number, reason?: ContainerExitReason): void {
    this.releaseMemory();
    this.listener!.processExited(this.id, code, reason);
  }

  /** The container's main process ended: its cgroup goes with it. */
  protected releaseMemory(): void {
    this.runtime.releaseMemoryCgroup(this.id);
  }

  /**
   * Runs the process at once (its first output is there as soon as it started); an exit in this first run is
   * reported from a clock event of its own, after the caller has recorded the start.
   */
  start(): void {
    this.pump(true);
  }

  pump(deferExit = false): void {
    this.timer = undefined;
    if (!this.running) return;
    const state = this.process!.resume();
    const clock = this.runtime.clock;
    if (state.state === 'exited') {
      this.end = EXITED;
      if (deferExit) clock.schedule(0, this.label, () => this.reportExit(state.code));
      else this.reportExit(state.code);
    } else if (state.state === 'sleeping') {
      this.timer = clock.schedule(state.ms, this.label, () => this.pump());
    }
  }

  /** The process reacts from a clock event of its own: the sender may be another process mid-step. */
  signal(signal: Signal): void {
    if (!this.running) return;
    this.process!.signal(signal);
    this.wake();
  }

  wake(): void {
    const clock = this.runtime.clock;
    clock.cancel(this.timer);
    this.timer = clock.schedule(0, this.label, () => this.pump());
  }

  /** Ends the process with `code`, as if it had exited by itself. */
  forceExit(code: number): void {
    if (!this.running) return;
    this.abandon();
    this.end = EXITED;
    this.reportExit(code);
  }

  /**
   * The cgroup OOM killer: with `memory.oom.group` set it SIGKILLs every process of the container at once (no
   * stop signal, no grace period), and containerd reports the exit as `OOMKilled`.
   */
  oomKill(): void {
    if (!this.running) return;
    this.abandon();
    this.end = EXITED;
    this.reportExit(exitCodeForSignal('SIGKILL'), 'OOMKilled');
  }

  abandon(): void {
    if (!this.running) return;
    this.end = ABANDONED;
    this.runtime.clock.cancel(this.timer);
    this.process!.signal('SIGKILL');
    this.process!.resume();
  }
}

const RUNS = 0;
const EXITED = 1;
const ABANDONED = 2;
type ContainerEnd = typeof RUNS | typeof EXITED | typeof ABANDONED;

/**
 * An exec's context: the container's, with its own output captured; writes to /proc/1/fd/1 still reach the
 * container's log. `execNow` is a synchronous exec's private timeline; an asynchronous one runs on the clock.
 */
class ExecContext extends ContainerContext {
  readonly pid1Output: NonNullable<ProcessContext['pid1Output']>;

  constructor(
    runtime: SimulatedRuntime,
    container: ContainerContext,
    id: string,
    private readonly execNow: (() => number) | undefined,
    private readonly output: { stdout: string; stderr: string },
    readonly stdin?: string,
  ) {
    super(runtime, container, undefined, container.listeners, id);
    const log = container.log;
    this.pid1Output = { stdout: (text) => log.write('stdout', text, runtime.clock.now()), stderr: (text) => log.write('stderr', text, runtime.clock.now()) };
  }

  override now(): number {
    return this.execNow === undefined ? this.runtime.clock.now() : this.execNow();
  }

  override stdout(text: string): void {
    this.output.stdout += text;
  }

  override stderr(text: string): void {
    this.output.stderr += text;
  }

  protected override get label(): string {
    return `exec in ${this.name}`;
  }

  /** An exec's end frees only its own process's charge (`execAsync`); the container's cgroup stays. */
  protected override releaseMemory(): void {}
}

type ContainerPorts = NonNullable<ContainerStartSpec['containerPorts']>;

/**
 * `ports` or an equal list seen lately (same ports and protocols, in order): the runtime only reads a container's
 * declared ports, and every replica's list is its own copy of the template's (≈ 100 B each, kept for the
 * container's life). A few lists, replaced in turn.
 */
function sharedPorts(ports: ContainerPorts): ContainerPorts {
  for (let i = 0; i < PORT_LISTS.size; i++) if (samePorts(PORT_LISTS.at(i), ports)) return PORT_LISTS.at(i);
  return PORT_LISTS.remember(ports);
}

function samePorts(a: ContainerPorts, b: ContainerPorts): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.containerPort !== b[i]!.containerPort || a[i]!.protocol !== b[i]!.protocol) return false;
    if ('protocol' in a[i]! !== 'protocol' in b[i]!) return false;
  }
  return true;
}

const PORT_LISTS = new RecentValues<ContainerPorts>(8);

/** containerd's StartContainer failure for a missing executable (what `kubectl describe` shows after `Error: `). */
function ociCreateError(error: string): string {
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${error}: unknown`;
}

function ociExecError(error: string): string {
  return `OCI runtime exec failed: exec failed: unable to start container process: ${error}: unknown`;
}
