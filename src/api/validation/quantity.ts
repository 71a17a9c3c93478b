/**
 * `resource.Quantity` arithmetic (k8s.io/apimachinery/pkg/api/resource/quantity.go): parsing, exact
 * comparison and the canonical `String()` form that validation messages print (`0.5` → `500m`,
 * `1024Mi` → `1Gi`). Values are held exactly as a count of nano-units in a bigint, so `1Gi` and
 * `1073741824` compare equal and `100m` cpu never suffers float rounding. Sub-nano precision is
 * truncated (Go rounds it up); no real manifest writes such values.
 */
import { BoundedMemo } from '../bounded-memo';

type Format = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

interface Quantity {
  /** The value × 10^9. */
  nanos: bigint;
  format: Format;
}

const NANO = 1_000_000_000n;
const QUANTITY_RE = /^([+-]?(?:\d+\.?\d*|\.\d+))([eEinumkKMGTP]*[-+]?\d*)$/;
const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_SUFFIX_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_SUFFIX_BY_POWER = new Map(Object.entries(BINARY_SUFFIXES).map(([s, p]) => [p, s]));

/** Parsed quantities by text: a cluster uses a handful (`10m`, `32Mi`), read on every pod's QoS, fit and validation. */
const PARSED = new BoundedMemo<string, Quantity | null>(4096);

/** Parses `500m`, `1Gi`, `1e3`, `0.5` or a bare number; undefined when Go's ParseQuantity would fail. */
function parse(input: string | number): Quantity | undefined {
  const text = typeof input === 'number' ? String(input) : input.trim();
  let parsed = PARSED.get(text);
  // null remembers a text that does not parse, so only undefined is a miss.
  if (parsed === undefined) parsed = PARSED.set(text, Object.freeze(parseText(text)) ?? null);
  return parsed ?? undefined;
}

function parseText(text: string): Quantity | undefined {
  const match = QUANTITY_RE.exec(text);
  if (!match) return undefined;
  const [, number = '', suffix = ''] = match;
  const scaled = decimalToNanos(number);
  if (suffix in BINARY_SUFFIXES) return { nanos: scaled * 1024n ** BigInt(BINARY_SUFFIXES[suffix] ?? 0), format: 'BinarySI' };
  if (suffix in DECIMAL_SUFFIXES) return { nanos: scalePow10(scaled, DECIMAL_SUFFIXES[suffix] ?? 0), format: 'DecimalSI' };
  const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
  if (exponent) return { nanos: scalePow10(scaled, Number(exponent[1])), format: 'DecimalExponent' };
  return undefined;
}

function decimalToNanos(number: string): bigint {
  const negative = number.startsWith('-');
  const [whole = '', fraction = ''] = number.replace(/^[+-]/, '').split('.');
  const nanos = BigInt(whole || '0') * NANO + BigInt((fraction + '000000000').slice(0, 9));
  return negative ? -nanos : nanos;
}

function scalePow10(value: bigint, exponent: number): bigint {
  return exponent >= 0 ? value * 10n ** BigInt(exponent) : value / 10n ** BigInt(-exponent);
}

/** True when `q` parses as a Kubernetes quantity. */
export function isValidQuantity(q: unknown): boolean {
  return (typeof q === 'string' || typeof q === 'number') && parse(q) !== undefined;
}

/** The value in base units (bytes, cores) as a float; throws on an unparseable quantity. */
export function parseQuantity(q: string | number): number {
  const parsed = parse(q);
  if (!parsed) throw new Error(`quantities must match the regular expression '${QUANTITY_RE.source}'`);
  return Number(parsed.nanos) / 1e9;
}

/** Exact comparison, as Quantity.Cmp: negative, zero or positive. Unparseable values count as zero. */
export function compareQuantities(a: string | number, b: string | number): number {
  const x = parse(a)?.nanos ?? 0n;
  const y = parse(b)?.nanos ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Quantity.MilliValue(), rounded up as Go does. */
export function quantityMilliValue(q: string | number): bigint {
  const nanos = parse(q)?.nanos ?? 0n;
  const milli = nanos / 1_000_000n;
  return nanos > 0n && nanos % 1_000_000n !== 0n ? milli + 1n : milli;
}

/**
 * Quantity.String(): the canonical form (CanonicalizeBytes). BinarySI stays binary only for exact
 * integers of magnitude ≥ 1024; everything else prints as a decimal mantissa with an exponent that is a
 * multiple of three. Worked example: `1.5` → 15×10⁻¹ → exponent floored to −3 → `1500m`.
 */
export function canonicalQuantity(q: string | number): string {
  const parsed = parse(q);
  if (!parsed) return String(q);
  if (parsed.nanos === 0n) return '0';
  const abs = parsed.nanos < 0n ? -parsed.nanos : parsed.nanos;
  if (parsed.format === 'BinarySI' && abs >= 1024n * NANO && abs % NANO === 0n) return binaryString(parsed.nanos / NANO);
  return decimalString(parsed.nanos, parsed.format === 'DecimalExponent');
}

function binaryString(value: bigint): string {
  let amount = value;
  let power = 0;
  while (power < 6 && amount % 1024n === 0n) {
    amount /= 1024n;
    power++;
  }
  return `${amount}${BINARY_SUFFIX_BY_POWER.get(power) ?? ''}`;
}

function decimalString(nanos: bigint, exponentForm: boolean): string {
  let mantissa = nanos;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  const floored = Math.floor(exponent / 3) * 3;
  mantissa *= 10n ** BigInt(exponent - floored);
  if (exponentForm) return floored === 0 ? `${mantissa}` : `${mantissa}e${floored}`;
  const suffix = DECIMAL_SUFFIX_BY_EXPONENT.get(floored);
  if (suffix !== undefined) return `${mantissa}${suffix}`;
  // Beyond exa: Go falls back to the exponent form.
  return `${mantissa}e${floored}`;
}
