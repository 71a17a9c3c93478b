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
    return this.nextWord() / 4294967296;
  }

  /** The next 32 random bits (what `next` scales to [0, 1)). */
  private nextWord(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
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

  /**
   * A version-4-shaped UUID drawn from this generator: four 32-bit words a, b, c, d written as
   * `aaaaaaaa-bbbb-4bbb-Vccc-ccccdddddddd` (b's fifth digit dropped, V = 8 | c's first digit & 3). Written
   * digit by digit into one flat string: every object and index keeps its UID, and slices and a join made
   * ten strings per UID (≈ 10 % of an API create).
   */
  uuid(): string {
    const a = this.nextWord();
    const b = this.nextWord();
    const c = this.nextWord();
    const d = this.nextWord();
    const out = UUID_CODES;
    hexDigits(out, 0, a, 0, 8);
    hexDigits(out, 9, b, 0, 4);
    hexDigits(out, 15, b, 5, 8);
    out[19] = HEX[((c >>> 28) & 3) | 8]!;
    hexDigits(out, 20, c, 1, 4);
    hexDigits(out, 24, c, 4, 8);
    hexDigits(out, 28, d, 0, 8);
    return String.fromCharCode.apply(null, out);
  }
}

/** Character codes of hexadecimal digits. */
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** One UUID's character codes, the dashes and the version digit in place; reused by every `uuid()` call. */
const UUID_CODES = [...'00000000-0000-4000-8000-000000000000'].map((c) => c.charCodeAt(0));

/** Writes hex digits `from`..`to` (0 = most significant) of a 32-bit word into `out` from `at`. */
function hexDigits(out: number[], at: number, word: number, from: number, to: number): void {
  for (let i = from; i < to; i++) out[at + i - from] = HEX[(word >>> (28 - 4 * i)) & 15]!;
}
