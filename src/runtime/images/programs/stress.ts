/**
 * `stress` 1.0.4 as docker.io/polinux/stress ships it (the image of the Kubernetes docs' "Assign Memory
 * Resources" task): PID 1 forks hog workers and waits for them. Modelled in one coroutine, without processes:
 *
 * - vm workers (`--vm N --vm-bytes B`) malloc B bytes and touch a byte every `--vm-stride` bytes, so each holds
 *   the pages it touched. The touching is charged to the container's memory cgroup as it goes, in steps of
 *   RAMP_STEP_BYTES at TOUCH_BYTES_PER_MS (first-touch page faults; an assumed ≈ 2 GiB/s, not a measurement),
 *   so past the limit the OOM killer ends the container within one step of the crossing. Then they hold it
 *   `--vm-hang` seconds (0: forever), free it and start over. The N workers start together, after the first
 *   worker's back-off (the real ones are staggered by a few milliseconds), and are charged as one.
 * - cpu, io and hdd workers only keep running: kubespec has no CPU, sync() or disk contention to show.
 *
 * Only the hogs' memory is charged (not the few hundred KiB of stress itself). stress installs no signal
 * handlers, so as PID 1 it ignores SIGTERM and a pod deletion waits for the grace period's SIGKILL. With
 * `--timeout` every worker gets SIGALRM and the run ends successfully. Worker PIDs start at 7, as docker runs of
 * `stress --verbose` print them (runc's setup processes used the PIDs before).
 */
import type { Effect, Program, ProgramIO, Wake } from '../../program';
import { isStressExit, parseStressOptions, stressUsage, type StressOptions } from './stress-options';

const PAGE_BYTES = 4096;
/** First-touch page faults (allocating and zeroing each page): 250M take 125 ms. */
export const TOUCH_BYTES_PER_MS = 2 * 1024 * 1024;
/** Re-dirtying resident pages (`--vm-keep`) causes no faults: much faster than the first touch. */
const REDIRTY_BYTES_PER_MS = 8 * TOUCH_BYTES_PER_MS;
export const RAMP_STEP_BYTES = 64 * 1024 * 1024;
const FIRST_WORKER_PID = 7;

type Hog = 'cpu' | 'io' | 'vm' | 'hdd';
interface Worker {
  readonly hog: Hog;
  readonly pid: number;
  readonly backoffMs: number;
}

type Body<T> = Generator<Effect, T, Wake>;

export const stress: Program = function* (io) {
  const progname = (io.argv[0] ?? 'stress').replace(/^.*\//, '');
  const parsed = parseStressOptions(io.argv, progname);
  if (isStressExit(parsed)) {
    if (parsed.stdout) io.stdout(parsed.stdout);
    if (parsed.stderr) io.stderr(parsed.stderr);
    return parsed.code;
  }
  const out = new StressOutput(io, progname, parsed.verbosity);
  if (parsed.cpu + parsed.io + parsed.vm + parsed.hdd === 0) {
    io.stdout(stressUsage(progname));
    return 0;
  }
  const start = io.sys.now();
  out.info(`dispatching hogs: ${parsed.cpu} cpu, ${parsed.io} io, ${parsed.vm} vm, ${parsed.hdd} hdd`);
  const workers = dispatch(parsed, out);
  if (parsed.dryRun) return yield* dryRun(io, out, workers, start);
  const deadline = parsed.timeoutS > 0 ? start + parsed.timeoutS * 1000 : Number.POSITIVE_INFINITY;
  const vmWorkers = workers.filter((worker) => worker.hog === 'vm');
  if (vmWorkers.length > 0) yield* hogVm(io, out, parsed, vmWorkers, start + vmWorkers[0]!.backoffMs, deadline);
  else yield* sleepUntil(io, deadline, deadline);
  // Only a timeout ends the workers: alarm(2) sends each its SIGALRM.
  io.sys.setMemoryUsage(0);
  for (const worker of workers) out.debug(1, `<-- worker ${worker.pid} signalled normally`);
  out.info(`successful run completed in ${elapsedSeconds(start, io.sys.now())}s`);
  return 0;
};

/** The dispatch loop: one worker of each remaining kind per round, each waiting `backoff × pending` µs first. */
function dispatch(options: StressOptions, out: StressOutput): Worker[] {
  const pending: Record<Hog, number> = { cpu: options.cpu, io: options.io, vm: options.vm, hdd: options.hdd };
  const workers: Worker[] = [];
  for (let forks = options.cpu + options.io + options.vm + options.hdd; forks > 0; forks = pending.cpu + pending.io + pending.vm + pending.hdd) {
    const backoffUs = options.backoffUs * forks;
    out.debug(1, `using backoff sleep of ${backoffUs}us`);
    if (options.timeoutS > 0) out.debug(1, `setting timeout to ${options.timeoutS}s`);
    for (const hog of ['cpu', 'io', 'vm', 'hdd'] as const) {
      if (pending[hog] === 0) continue;
      const pid = FIRST_WORKER_PID + workers.length;
      workers.push({ hog, pid, backoffMs: backoffUs / 1000 });
      out.debug(1, `--> hog${hog} worker ${pending[hog]} [${pid}] forked`);
      pending[hog]--;
    }
  }
  return workers;
}

/** `--dry-run`: each worker exits 0 after its back-off; the later rounds' shorter back-offs end first. */
function* dryRun(io: ProgramIO, out: StressOutput, workers: readonly Worker[], start: number): Body<number> {
  const byExit = [...workers].sort((a, b) => a.backoffMs - b.backoffMs || a.pid - b.pid);
  for (const worker of byExit) {
    yield* sleepUntil(io, start + worker.backoffMs, Number.POSITIVE_INFINITY);
    out.debug(1, `<-- worker ${worker.pid} returned normally`);
  }
  out.info(`successful run completed in ${elapsedSeconds(start, io.sys.now())}s`);
  return 0;
}

/** hogvm(): malloc, touch, hang, free, over and over, until the deadline (if any). */
function* hogVm(io: ProgramIO, out: StressOutput, options: StressOptions, workers: readonly Worker[], startAt: number, deadline: number): Body<void> {
  if (!(yield* sleepUntil(io, startAt, deadline))) return;
  const perWorker = residentBytes(options.vmBytes, options.vmStride);
  const each = (message: string): void => workers.forEach((worker) => out.debug(worker.pid, message));
  let held = 0;
  for (let first = true; ; first = false) {
    if (first || !options.vmKeep) each(`allocating ${options.vmBytes} bytes ...`);
    each(`touching bytes in strides of ${options.vmStride} bytes ...`);
    if (held === 0) {
      for (let touched = 0; touched < perWorker; ) {
        const step = Math.min(RAMP_STEP_BYTES, perWorker - touched);
        if (!(yield* sleepUntil(io, io.sys.now() + Math.max(1, Math.ceil(step / TOUCH_BYTES_PER_MS)), deadline))) return;
        touched += step;
        io.sys.setMemoryUsage(touched * workers.length);
      }
      held = perWorker;
    } else if (!(yield* sleepUntil(io, io.sys.now() + Math.max(1, Math.ceil(perWorker / REDIRTY_BYTES_PER_MS)), deadline))) return;
    if (options.vmHang === 0) {
      each('sleeping forever with allocated memory');
      yield* sleepUntil(io, deadline, deadline);
      return;
    }
    if (options.vmHang > 0) {
      each(`sleeping for ${options.vmHang}s with allocated memory`);
      if (!(yield* sleepUntil(io, io.sys.now() + options.vmHang * 1000, deadline))) return;
    }
    if (options.vmKeep) continue;
    io.sys.setMemoryUsage(0);
    held = 0;
    each(`freed ${options.vmBytes} bytes`);
  }
}

/** The pages a worker's touching makes resident: every page it writes a byte in. */
function residentBytes(bytes: number, stride: number): number {
  const pages = stride >= PAGE_BYTES ? Math.ceil(bytes / stride) : Math.ceil(bytes / PAGE_BYTES);
  return pages * PAGE_BYTES;
}

/** Sleeps until `at`, or only until `deadline` when that comes first (then false). Forever is a block. */
function* sleepUntil(io: ProgramIO, at: number, deadline: number): Body<boolean> {
  const end = Math.min(at, deadline);
  if (end === Number.POSITIVE_INFINITY) for (;;) yield { kind: 'block' };
  const ms = end - io.sys.now();
  if (ms > 0) yield { kind: 'sleep', ms };
  return at < deadline;
}

/** stress's runtime: the difference of two time(2) readings, in whole seconds. */
function elapsedSeconds(start: number, stop: number): number {
  return Math.floor(stop / 1000) - Math.floor(start / 1000);
}

/** stress's out() and dbg() macros: `stress: info: [pid] …` at the default verbosity, `dbug` with --verbose. */
class StressOutput {
  constructor(
    private readonly io: ProgramIO,
    private readonly progname: string,
    private readonly verbosity: number,
  ) {}

  info(message: string): void {
    if (this.verbosity >= 2) this.io.stdout(`${this.progname}: info: [1] ${message}\n`);
  }

  debug(pid: number, message: string): void {
    if (this.verbosity >= 3) this.io.stdout(`${this.progname}: dbug: [${pid}] ${message}\n`);
  }
}
