/**
 * Refuses a benchmark size that would not fit, before building it: a small calibration run measures the
 * retained heap per pod, the projection for the requested size is compared with what this process may use
 * (V8's heap limit, and the machine's available memory), and a refusal says both numbers.
 */
import { freemem } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export class MemoryRefusal extends Error {
  constructor(
    readonly what: string,
    readonly estimateBytes: number,
    readonly limitBytes: number,
    readonly limitName: string,
    /** Set when only this process's V8 heap limit is short: a heap (MiB) that would hold the run and fits free memory. */
    readonly largerHeapMiB?: number,
  ) {
    super(`refusing ${what}: it would need about ${mib(estimateBytes)} MiB, more than the ${mib(limitBytes)} MiB ${limitName}` + (limitName.startsWith('V8') ? ' (raise it with NODE_OPTIONS=--max-old-space-size=MiB, or choose a smaller size)' : ' (choose a smaller size)'));
    this.name = 'MemoryRefusal';
  }
}

/**
 * Throws MemoryRefusal when `estimateBytes` exceeds the memory the machine has free, or else this process's V8
 * heap limit (which `kubespec bench` can raise by re-running itself; the machine's memory it cannot).
 */
export function refuseIfTooBig(what: string, estimateBytes: number): void {
  const available = freemem();
  if (estimateBytes > available) throw new MemoryRefusal(what, estimateBytes, available, 'of memory available on this machine');
  const heapLimit = getHeapStatistics().heap_size_limit;
  if (estimateBytes > heapLimit) {
    const largerHeapMiB = Math.ceil(mib(estimateBytes) * 1.1);
    throw new MemoryRefusal(what, estimateBytes, heapLimit, 'V8 heap limit of this process', largerHeapMiB * 1048576 < available ? largerHeapMiB : undefined);
  }
}

/** Retained heap bytes that `build` adds, measured between full garbage collections. */
export function retainedBytes(build: () => unknown): number {
  const gc = exposeGc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return Math.max(0, after - before);
}

/**
 * A full collection: benchmarks that run several sizes in one process call it between them, so a size is not
 * measured in the heap the previous one grew (V8 sets the next major collection's limit from the last one).
 */
export function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function mib(bytes: number): number {
  return Math.round(bytes / 1048576);
}
