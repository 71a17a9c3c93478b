/**
 * π for the perl image's `bpi(N)` (bignum/bigrat/bigfloat's export, Math::BigFloat->bpi underneath):
 * π rounded to N significant digits, and the cost of computing it on the simulated CPU.
 *
 * Math::BigFloat looks the first 1000 digits up in a table and runs Brent–Salamin beyond; kubespec gets the
 * same digits from Machin's formula (π = 16·atan(1/5) − 4·atan(1/239)) on BigInt fixed point with guard
 * digits. Rounding follows Math::BigFloat's table path: up when the next digit is 5 or more (π has no ties).
 * The ten guard digits would misround only if π held ten 9s or 0s in a row right after digit N, which it
 * does not in the range allowed here.
 */
import { BoundedMemo } from '../../../api/bounded-memo';

/**
 * Beyond this kubespec's perl refuses bpi rather than block the simulator for minutes of real time
 * (Machin's cost grows with N²); real perl would just run for hours of CPU time.
 */
export const MAX_BPI_DIGITS = 20_000;

const GUARD_DIGITS = 10;

/** The first `digits` significant digits of π, rounded (`piDigits(3)` is "314"). */
export function piDigits(digits: number): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > MAX_BPI_DIGITS) throw new RangeError(`piDigits: ${digits} is not in 1..${MAX_BPI_DIGITS}`);
  return DIGITS.getOrCompute(digits, computePiDigits);
}

/** A Job's pods all ask for the same N: keep a few dozen answers, each at most MAX_BPI_DIGITS characters. */
const DIGITS = new BoundedMemo<number, string>(32);

function computePiDigits(digits: number): string {
  const scale = 10n ** BigInt(digits - 1 + GUARD_DIGITS);
  const pi = 4n * (4n * arctanOfInverse(5n, scale) - arctanOfInverse(239n, scale));
  const guard = 10n ** BigInt(GUARD_DIGITS);
  const kept = pi / guard;
  const roundUp = (pi % guard) * 2n >= guard;
  return (roundUp ? kept + 1n : kept).toString();
}

/** atan(1/x) · scale by its Taylor series: Σ (−1)^k / ((2k+1)·x^(2k+1)). */
function arctanOfInverse(x: bigint, scale: bigint): bigint {
  const xSquared = x * x;
  let power = scale / x;
  let sum = 0n;
  for (let k = 1n, add = true; power !== 0n; k += 2n, add = !add) {
    sum += add ? power / k : -(power / k);
    power /= xSquared;
  }
  return sum;
}

/**
 * Virtual CPU milliseconds for bpi(N). A model, not a measurement of the image: 2·10⁻⁵ ms per digit², which
 * puts `perl -Mbignum=bpi -wle 'print bpi(1000)'` at about 50 ms with start-up, as perl 5.36 takes on a
 * current x86 core; the docs' bpi(2000) then costs 80 ms. (The docs' "around 10s" for that Job is mostly
 * pulling the image.)
 */
export function bpiCostMs(digits: number): number {
  return Math.max(1, Math.round((digits * digits) / 50_000));
}
