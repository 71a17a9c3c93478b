/**
 * ClusterIP allocation from the service CIDR (pkg/registry/core/service/ipallocator/bitmap.go): the
 * network and broadcast addresses are never handed out, offset 0 is the first usable address, and the
 * lower static band (min(max(16, size/16), 256) addresses, so 10.96.0.1–10.96.1.0 for a /12) is left to
 * users who ask for a specific IP; dynamic picks are random in the upper band, e.g. `10.100.37.204`.
 */
import type { SeededRandom } from '../../clock';
import { BitmapAllocator } from './bitmap-allocator';
import { Cidr, isIPv4 } from './cidr';

export type IpAllocation = { ok: true; ip: string } | { ok: false; error: string };

export class ServiceIPAllocator {
  readonly cidr: Cidr;
  private readonly bitmap: BitmapAllocator;

  constructor(range: string, random: SeededRandom) {
    this.cidr = new Cidr(range);
    const usable = Math.max(0, this.cidr.size - 2);
    const band = this.cidr.size <= 16 ? 0 : BitmapAllocator.bandSize(this.cidr.size, 16, 16, 256);
    this.bitmap = new BitmapAllocator(usable, band, random);
  }

  /** `Allocate(ip)`: the ipallocator's own error texts (ErrNotInRange, ErrAllocated). */
  allocate(ip: string): IpAllocation {
    const offset = this.offsetOf(ip);
    if (offset === undefined) {
      return { ok: false, error: `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr.text}` };
    }
    if (!this.bitmap.allocate(offset)) return { ok: false, error: 'provided IP is already allocated' };
    return { ok: true, ip };
  }

  allocateNext(): IpAllocation {
    const offset = this.bitmap.allocateNext();
    if (offset === undefined) return { ok: false, error: 'range is full' };
    return { ok: true, ip: this.cidr.at(offset + 1) };
  }

  release(ip: string): void {
    const offset = this.offsetOf(ip);
    if (offset !== undefined) this.bitmap.release(offset);
  }

  isAllocated(ip: string): boolean {
    const offset = this.offsetOf(ip);
    return offset !== undefined && this.bitmap.has(offset);
  }

  get allocatedCount(): number {
    return this.bitmap.count;
  }

  private offsetOf(ip: string): number | undefined {
    if (!isIPv4(ip) || !this.cidr.contains(ip)) return undefined;
    const offset = this.cidr.offsetOf(ip) - 1;
    return offset >= 0 && offset < this.bitmap.size ? offset : undefined;
  }
}
