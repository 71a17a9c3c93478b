/**
 * The only source of randomness in a cluster: a small, fast PRNG (mulberry32) seeded per cluster,
 * so the same seed gives the same names, UIDs and choices.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * The generator's internal position: reading it and writing it back later replays the same draws. A cluster
   * resumed from a recorded bootstrap (cluster/bootstrap-recording.ts) continues where the recording was made.
   */
  get position(): number {
    return this.state;
  }

  set position(value: number) {
    this.state = value >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** `apimachinery/pkg/util/rand.String`: characters from an alphabet without vowels or confusable digits. */
  string(length: number): string {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** A version-4-shaped UUID drawn from this generator. */
  uuid(): string {
    const word = () => Math.floor(this.next() * 4294967296).toString(16).padStart(8, '0');
    const [a, b, c, d] = [word(), word(), word(), word()];
    // join, not a template: UIDs are kept by every object and index, and a template gives a rope of slices.
    return [a, '-', b.slice(0, 4), '-4', b.slice(5, 8), '-', ((parseInt(c[0]!, 16) & 3) | 8).toString(16), c.slice(1, 4), '-', c.slice(4), d].join('');
  }
}
