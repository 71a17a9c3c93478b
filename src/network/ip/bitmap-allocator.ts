/**
 * A bitmap of `size` items with k8s' "random scan with offset" strategy
 * (pkg/registry/core/service/allocator/bitmap.go `randomScanStrategyWithOffset`): items below
 * `staticBand` are kept for users who request a specific value, so a dynamic pick starts at a random
 * point of the upper band and scans forward, falling back to the lower band only when the upper one is
 * full. Worked example for NodePorts: size 2768, band 86 → a random pick lands in 30086–32767.
 */
import type { SeededRandom } from '../../clock';

export class BitmapAllocator {
  private readonly used = new Set<number>();

  constructor(
    readonly size: number,
    private readonly staticBand: number,
    private readonly random: SeededRandom,
  ) {}

  /** k8s `calculateRangeOffset`: min(max(min, size/step), max). */
  static bandSize(size: number, min: number, step: number, max: number): number {
    return Math.min(Math.max(min, Math.floor(size / step)), max);
  }

  has(offset: number): boolean {
    return this.used.has(offset);
  }

  /** Marks `offset` used; false when it already was. */
  allocate(offset: number): boolean {
    if (this.used.has(offset)) return false;
    this.used.add(offset);
    return true;
  }

  /** A free offset, or undefined when every item is used. */
  allocateNext(): number | undefined {
    const upper = this.scan(this.staticBand, this.size) ?? this.scan(0, this.staticBand);
    if (upper !== undefined) this.used.add(upper);
    return upper;
  }

  release(offset: number): void {
    this.used.delete(offset);
  }

  get count(): number {
    return this.used.size;
  }

  private scan(from: number, to: number): number | undefined {
    const span = to - from;
    if (span <= 0) return undefined;
    const start = this.random.int(span);
    for (let i = 0; i < span; i++) {
      const offset = from + ((start + i) % span);
      if (!this.used.has(offset)) return offset;
    }
    return undefined;
  }
}
