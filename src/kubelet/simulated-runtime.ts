/**
 * containerd for kubespec: containers are `src/runtime` coroutine processes driven on the VirtualClock.
 * A sleeping process costs one clock event per wake-up and a blocked one (a server) costs nothing, so an
 * idle cluster's cost does not grow with time. Container IDs come from a seeded generator of their own,
 * so starting containers does not shift the names and UIDs the rest of the cluster draws.
 */
import type { ScheduledEventId, SeededRandom, VirtualClock } from '../clock';
import { ListenerTable, spawnProcess, type Process, type ProcessContext, type Signal } from '../runtime';
import type { ContainerRuntime, ContainerStartSpec, ExecOptions, ExecResult, StartResult } from './container-runtime';

/** An exec (`kubectl exec`, an exec probe without timeout) may use this much virtual time before it is abandoned. */
export const MAX_EXEC_MS = 10 * 60 * 1000;

export class SimulatedRuntime implements ContainerRuntime {
  private readonly sandboxes = new Map<string, ListenerTable>();
  private readonly containers = new Map<string, ContainerContext>();
  /** One clock reader for every process context, rather than a closure per container. */
  private readonly now = (): number => this.clock.now();

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {}

  runPodSandbox(podUid: string): ListenerTable {
    let listeners = this.sandboxes.get(podUid);
    if (!listeners) this.sandboxes.set(podUid, (listeners = new ListenerTable()));
    return listeners;
  }

  stopPodSandbox(podUid: string): void {
    for (const [id, container] of this.containers) {
      if (container.spec.podUid !== podUid) continue;
      container.driver?.signal('SIGKILL');
      this.containers.delete(id);
    }
    this.sandboxes.delete(podUid);
  }

  startContainer(spec: ContainerStartSpec, onExit: (exitCode: number) => void): StartResult {
    const listeners = this.runPodSandbox(spec.podUid);
    const id = this.newId();
    const container = new ContainerContext(spec, listeners, id, this.now, this.containers);
    const spawned = spawnProcess(spec.argv, container);
    if (!spawned.ok) return { ok: false, message: ociCreateError(spawned.error) };
    const driver = (container.driver = new ProcessDriver(this.clock, spec, 'container', spawned.process, onExit));
    this.containers.set(id, container);
    driver.start();
    return { ok: true, id };
  }

  signal(containerId: string, signal: Signal): void {
    this.containers.get(containerId)?.driver?.signal(signal);
  }

  isRunning(containerId: string): boolean {
    return this.containers.get(containerId)?.driver?.running ?? false;
  }

  forceExit(containerId: string, exitCode: number): void {
    this.containers.get(containerId)?.driver?.forceExit(exitCode);
  }

  exec(containerId: string, argv: readonly string[], options: ExecOptions = {}): ExecResult {
    const container = this.containers.get(containerId);
    if (!container?.driver?.running) return { exitCode: 126, stdout: '', stderr: '', timedOut: false, error: `container not found ("${containerId}")` };
    const output = { stdout: '', stderr: '' };
    let local = this.clock.now();
    const context = new ExecContext(container, containerId, () => local, this.containers, output, () => this.clock.now(), options.stdin ?? '');
    const spawned = spawnProcess(argv, context);
    if (!spawned.ok) return { exitCode: 126, ...output, timedOut: false, error: ociExecError(spawned.error) };
    const deadline = local + (options.timeoutMs ?? MAX_EXEC_MS);
    for (let state = spawned.process.resume(); ; state = spawned.process.resume()) {
      if (state.state === 'exited') return { exitCode: state.code, ...output, timedOut: false };
      if (state.state === 'blocked' || local + state.ms > deadline) {
        spawned.process.signal('SIGKILL');
        spawned.process.resume();
        return { exitCode: 137, ...output, timedOut: true };
      }
      local += state.ms;
    }
  }

  execAsync(containerId: string, argv: readonly string[], onDone: (result: ExecResult) => void): () => void {
    const container = this.containers.get(containerId);
    if (!container?.driver?.running) {
      onDone({ exitCode: 126, stdout: '', stderr: '', timedOut: false, error: `container not found ("${containerId}")` });
      return () => {};
    }
    const output = { stdout: '', stderr: '' };
    const context = new ExecContext(container, containerId, this.now, this.containers, output, this.now);
    const spawned = spawnProcess(argv, context);
    if (!spawned.ok) {
      onDone({ exitCode: 126, ...output, timedOut: false, error: ociExecError(spawned.error) });
      return () => {};
    }
    const driver = new ProcessDriver(this.clock, container.spec, 'exec', spawned.process, (code) => onDone({ exitCode: code, ...output, timedOut: false }));
    driver.start();
    return () => driver.abandon();
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

/**
 * A running container, and its process's context: its fields read the start spec the runtime keeps anyway,
 * and its output and kill are methods, so a container costs one small object here rather than a copy of the
 * spec's fields, three closures and a record of spec, sockets and driver. An exec's context (`ExecContext`)
 * is the same with its output captured.
 */
class ContainerContext implements ProcessContext {
  /** The main process's driver, set as soon as the process is spawned (an exec's context has none). */
  driver: ProcessDriver | undefined = undefined;

  constructor(
    readonly spec: ContainerStartSpec,
    readonly listeners: ListenerTable,
    private readonly id: string,
    readonly now: () => number,
    private readonly containers: ReadonlyMap<string, ContainerContext>,
  ) {}
  get fs(): ProcessContext['fs'] {
    return this.spec.fs;
  }
  get env(): ProcessContext['env'] {
    return this.spec.env;
  }
  get cwd(): string {
    return this.spec.cwd;
  }
  get hostname(): string {
    return this.spec.hostname;
  }
  get network(): ProcessContext['network'] {
    return this.spec.network;
  }
  get image(): ProcessContext['image'] {
    return this.spec.image;
  }
  get identity(): ProcessContext['identity'] {
    return this.spec.identity;
  }
  get containerPorts(): ProcessContext['containerPorts'] {
    return this.spec.containerPorts;
  }
  stdout(text: string): void {
    this.spec.log.write('stdout', text, this.now());
  }
  stderr(text: string): void {
    this.spec.log.write('stderr', text, this.now());
  }
  kill(pid: number, signal: Signal): boolean {
    const target = this.containers.get(this.id);
    if (pid !== 1 || !target?.driver?.running) return false;
    target.driver.signal(signal);
    return true;
  }
}

/** An exec's context: the container's, with its own output captured; writes to /proc/1/fd/1 still reach the container's log. */
class ExecContext extends ContainerContext {
  readonly pid1Output: NonNullable<ProcessContext['pid1Output']>;

  constructor(
    container: ContainerContext,
    id: string,
    now: () => number,
    containers: ReadonlyMap<string, ContainerContext>,
    private readonly output: { stdout: string; stderr: string },
    logNow: () => number,
    readonly stdin?: string,
  ) {
    super(container.spec, container.listeners, id, now, containers);
    const log = container.spec.log;
    this.pid1Output = { stdout: (text) => log.write('stdout', text, logNow()), stderr: (text) => log.write('stderr', text, logNow()) };
  }
  override stdout(text: string): void {
    this.output.stdout += text;
  }
  override stderr(text: string): void {
    this.output.stderr += text;
  }
}

/** containerd's StartContainer failure for a missing executable (what `kubectl describe` shows after `Error: `). */
function ociCreateError(error: string): string {
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${error}: unknown`;
}

function ociExecError(error: string): string {
  return `OCI runtime exec failed: exec failed: unable to start container process: ${error}: unknown`;
}

/** Resumes one process whenever it asked to be woken, and reports its exit once. */
class ProcessDriver {
  private timer: ScheduledEventId | undefined;
  private exited = false;
  private abandoned = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly spec: ContainerStartSpec,
    private readonly kind: 'container' | 'exec',
    private readonly process: Process,
    private readonly onExit: (code: number) => void,
  ) {}

  /** The clock events' label, built when one is scheduled: a blocked server schedules none. */
  private get label(): string {
    return this.kind === 'exec' ? `exec in ${this.spec.name}` : `container ${this.spec.name} (${this.spec.podUid.slice(0, 8)})`;
  }

  get running(): boolean {
    return !this.exited && !this.abandoned;
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
    const state = this.process.resume();
    if (state.state === 'exited') {
      this.exited = true;
      if (deferExit) this.clock.schedule(0, this.label, () => this.onExit(state.code));
      else this.onExit(state.code);
    } else if (state.state === 'sleeping') {
      this.timer = this.clock.schedule(state.ms, this.label, () => this.pump());
    }
  }

  /** The process reacts from a clock event of its own: the sender may be another process mid-step. */
  signal(signal: Signal): void {
    if (!this.running) return;
    this.process.signal(signal);
    this.wake();
  }

  wake(): void {
    this.clock.cancel(this.timer);
    this.timer = this.clock.schedule(0, this.label, () => this.pump());
  }

  /** Ends the process with `code`, as if it had exited by itself. */
  forceExit(code: number): void {
    if (!this.running) return;
    this.abandon();
    this.abandoned = false;
    this.exited = true;
    this.onExit(code);
  }

  abandon(): void {
    if (!this.running) return;
    this.abandoned = true;
    this.clock.cancel(this.timer);
    this.process.signal('SIGKILL');
    this.process.resume();
  }
}
