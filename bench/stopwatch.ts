/**
 * A stopwatch for intervals that nest: the benchmark times the scheduler's bind and, inside it, the watchers the
 * bind notifies, whose time is not the scheduler's. Reading a clock is not free on a VM (`performance.now()`
 * ≈ 1.2 µs and `process.cpuUsage()` 4–19 µs here: neither is in the vDSO), so a nested stopwatch's reads would
 * inflate the outer interval by more than the work measured. The outer interval therefore subtracts the nested
 * stopwatch's whole span, its reads included, plus the parts of reads outside that span, whose cost is
 * calibrated once per process. Benchmarks live outside `src/`, so they may read clocks.
 */
import { performance } from 'node:perf_hooks';

export interface StopwatchClocks {
  wallMs(): number;
  /** CPU microseconds of the process; absent when only wall time is measured. */
  cpuUs?(): number;
  /** What one read of each clock costs, in wall milliseconds and CPU microseconds. */
  readonly readCost: { readonly wallMs: number; readonly cpuUs: number };
}

/** Accumulated wall milliseconds (and, with a CPU clock, CPU microseconds) of timed calls, less nested stopwatches' spans. */
export class Stopwatch {
  wallMs = 0;
  cpuUs = 0;
  /** Wall and CPU time from this stopwatch's first read to its last, over all calls: what an enclosing interval subtracts. */
  spanMs = 0;
  spanCpuUs = 0;
  calls = 0;

  constructor(private readonly clocks: StopwatchClocks = wallClock()) {}

  time<T>(body: () => T, excluded?: Stopwatch): T {
    const { clocks } = this;
    const spanStart = clocks.wallMs();
    const before = excluded ? { spanMs: excluded.spanMs, spanCpuUs: excluded.spanCpuUs, calls: excluded.calls } : undefined;
    const cpu0 = clocks.cpuUs?.();
    const t0 = cpu0 === undefined ? spanStart : clocks.wallMs();
    try {
      return body();
    } finally {
      const t1 = clocks.wallMs();
      const cpu1 = clocks.cpuUs?.();
      const nestedCalls = excluded && before ? excluded.calls - before.calls : 0;
      const cost = clocks.readCost;
      // Per nested call, outside its span: half of its first and half of its last wall read; outside its CPU
      // interval: its two outer wall reads and half of each CPU read.
      this.wallMs += t1 - t0 - (excluded && before ? excluded.spanMs - before.spanMs : 0) - nestedCalls * cost.wallMs;
      if (cpu0 !== undefined && cpu1 !== undefined) {
        const nestedCpu = (excluded && before ? excluded.spanCpuUs - before.spanCpuUs : 0) + nestedCalls * (2 * cost.wallMs * 1000 + cost.cpuUs);
        this.cpuUs += cpu1 - cpu0 - nestedCpu;
        this.spanCpuUs += cpu1 - cpu0;
      }
      this.calls++;
      this.spanMs += clocks.wallMs() - spanStart;
    }
  }
}

/** The wall milliseconds one call of `read` takes, measured over a thousand calls. */
function costOfRead(read: () => unknown): number {
  const reads = 1000;
  const start = performance.now();
  for (let i = 0; i < reads; i++) read();
  return (performance.now() - start) / reads;
}

let wallReadMs: number | undefined;
let cpuReadUs: number | undefined;

/** Wall time only: the CPU clock's cost is not measured (its thousand system calls would be wasted). */
export function wallClock(): StopwatchClocks {
  wallReadMs ??= costOfRead(() => performance.now());
  return { wallMs: () => performance.now(), readCost: { wallMs: wallReadMs, cpuUs: 0 } };
}

/** A CPU read's CPU cost is taken as its wall cost: the system call runs on this thread. */
export function wallAndCpuClocks(): StopwatchClocks {
  wallReadMs ??= costOfRead(() => performance.now());
  cpuReadUs ??= costOfRead(() => process.cpuUsage()) * 1000;
  return {
    wallMs: () => performance.now(),
    cpuUs: () => {
      const { user, system } = process.cpuUsage();
      return user + system;
    },
    readCost: { wallMs: wallReadMs, cpuUs: cpuReadUs },
  };
}
