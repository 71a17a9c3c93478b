/**
 * `resource.Quantity` as printers need it (k8s.io/apimachinery/pkg/api/resource/quantity.go): parsing, sums,
 * and `String()`'s canonical form, e.g. `1024Mi` → `1Gi`, `0.5` → `500m`, `1000M` → `1G`, `500` (binary) → `500`.
 * Values are BigInt nano-units so that the arithmetic is exact.
 */
const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const NANO = 10n ** 9n;

export interface Quantity {
  nanos: bigint;
  /** BinarySI (`Ki`, `Mi`, ...) or DecimalSI; a sum keeps the format of its first term, as Quantity.Add does. */
  binary: boolean;
}

export const ZERO: Quantity = { nanos: 0n, binary: false };

export function parseQuantity(text: string): Quantity | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?([a-zA-Z]*)$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const suffix = m[4]!;
  if (BINARY[suffix] === undefined && DECIMAL[suffix] === undefined) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  const digits = BigInt((m[2] || '0') + (m[3] ?? '').padEnd(9, '0').slice(0, 9));
  if (BINARY[suffix] !== undefined) return { nanos: sign * digits * 1024n ** BigInt(BINARY[suffix]!), binary: true };
  const exp = DECIMAL[suffix]!;
  return { nanos: sign * (exp >= 0 ? digits * 10n ** BigInt(exp) : digits / 10n ** BigInt(-exp)), binary: false };
}

export function canonicalQuantity(text: string): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : text;
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, binary: a.nanos === 0n && !a.binary ? b.binary : a.binary };
}

/** `MilliValue()`: rounded up to whole milli-units. */
export function milliValue(q: Quantity): number {
  return Number(ceilDiv(q.nanos, 10n ** 6n));
}

/** `Value()`: rounded up to whole units. */
export function unitValue(q: Quantity): number {
  return Number(ceilDiv(q.nanos, NANO));
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? (a + b - 1n) / b : a / b;
}

export function formatQuantity(q: Quantity): string {
  if (q.binary && q.nanos % NANO === 0n) {
    const whole = q.nanos / NANO;
    if (whole <= -1024n || whole >= 1024n) return binaryString(whole);
  }
  return decimalString(q.nanos);
}

function binaryString(whole: bigint): string {
  let value = whole;
  let power = 0;
  while (power < 6 && value % 1024n === 0n) {
    value /= 1024n;
    power++;
  }
  return `${value}${Object.keys(BINARY).find((k) => BINARY[k] === power) ?? ''}`;
}

function decimalString(nanos: bigint): string {
  if (nanos === 0n) return '0';
  let value = nanos;
  let exp = -9;
  while (exp < 18 && value % 1000n === 0n) {
    value /= 1000n;
    exp += 3;
  }
  return `${value}${Object.keys(DECIMAL).find((k) => DECIMAL[k] === exp) ?? ''}`;
}
