/**
 * NodePort allocation (pkg/registry/core/service/portallocator/allocator.go) over
 * `--service-node-port-range` (default 30000-32767). A random pick avoids the lower static band of
 * min(max(16, size/32), 128) ports, so dynamically allocated ports are 30086 or above.
 */
import type { SeededRandom } from '../../clock';
import { BitmapAllocator } from './bitmap-allocator';

export type PortAllocation = { ok: true; port: number } | { ok: false; error: string };

export class NodePortAllocator {
  private readonly bitmap: BitmapAllocator;

  constructor(
    readonly base: number,
    readonly size: number,
    random: SeededRandom,
  ) {
    this.bitmap = new BitmapAllocator(size, BitmapAllocator.bandSize(size, 16, 32, 128), random);
  }

  /** `30000-32767`, as utilnet.PortRange.String() writes it. */
  get rangeText(): string {
    return `${this.base}-${this.base + this.size - 1}`;
  }

  allocate(port: number): PortAllocation {
    const offset = port - this.base;
    if (offset < 0 || offset >= this.size) {
      return { ok: false, error: `provided port is not in the valid range. The range of valid ports is ${this.rangeText}` };
    }
    if (!this.bitmap.allocate(offset)) return { ok: false, error: 'provided port is already allocated' };
    return { ok: true, port };
  }

  allocateNext(): PortAllocation {
    const offset = this.bitmap.allocateNext();
    return offset === undefined ? { ok: false, error: 'range is full' } : { ok: true, port: this.base + offset };
  }

  release(port: number): void {
    const offset = port - this.base;
    if (offset >= 0 && offset < this.size) this.bitmap.release(offset);
  }

  isAllocated(port: number): boolean {
    return this.bitmap.has(port - this.base);
  }

  get allocatedCount(): number {
    return this.bitmap.count;
  }
}
