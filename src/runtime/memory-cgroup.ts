/**
 * A container's memory cgroup (cgroup v2 `memory.current` / `memory.max`), as far as the OOM killer needs it:
 * each process's resident memory, their sum, and the limit the kubelet set from `resources.limits.memory`.
 * Only anonymous memory is modelled (what a program reports holding): no page cache to reclaim and no swap
 * (the kubelet's default `memorySwap.swapBehavior: NoSwap`), so a charge that takes the group past its limit
 * cannot be satisfied and the kernel's cgroup OOM killer runs (mm/memcontrol.c `mem_cgroup_out_of_memory`).
 * Made on a container's first charge: containers whose programs never report memory have none.
 */
export class MemoryCgroup {
  private readonly charged = new Map<object, number>();
  private current = 0;
  /** Set once the OOM killer chose this group: it kills once, whatever is charged while the kill is under way. */
  oomKilled = false;

  constructor(
    /** `memory.max` in bytes; undefined is `max` (no limit: only the node's memory bounds it). */
    readonly limit: number | undefined,
  ) {}

  /** `memory.current`: what the group's processes hold. */
  get usage(): number {
    return this.current;
  }

  /** `process` now holds `bytes`; true when that takes the group past its limit (an OOM kill is due). */
  charge(process: object, bytes: number): boolean {
    this.current += bytes - (this.charged.get(process) ?? 0);
    if (bytes > 0) this.charged.set(process, bytes);
    else this.charged.delete(process);
    return this.limit !== undefined && this.current > this.limit;
  }

  /** The process ended: the kernel frees what it held. */
  release(process: object): void {
    this.charge(process, 0);
  }
}
