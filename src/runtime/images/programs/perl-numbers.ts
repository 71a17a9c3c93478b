/**
 * How the perl image prints a numeric literal: natively (integers that fit 64 bits exactly, everything
 * else through perl's `%.15g`), or as the object the big* pragmas turn constants into: bignum/bigfloat
 * print the exact decimal (`1e3` → 1000, `1.50` → 1.5), bigrat the reduced fraction (`1.5` → 3/2).
 * Checked against perl 5.36: `perl -le 'print 1.50, 1e21, 2**64'`, `perl -Mbigrat -le 'print 0.1'`.
 */

/** Which class numeric constants become: perl's own scalars, Math::BigFloat (bignum, bigfloat) or Math::BigRat. */
export type NumberMode = 'native' | 'bigfloat' | 'bigrat';

/** A literal as written: an integer (decimal, hex, octal, binary) or a decimal fraction/exponent form. */
export type NumberLiteral =
  | { kind: 'integer'; value: bigint }
  | { kind: 'decimal'; digits: bigint; exponent: number };

const MAX_UV = (1n << 64n) - 1n;

/** Parses the text of a numeric literal (underscores allowed); undefined when it is not one perl prints plainly. */
export function parseNumberLiteral(text: string): NumberLiteral | undefined {
  const plain = text.replace(/_/g, '');
  if (/^0[xX][0-9a-fA-F]+$/.test(plain)) return { kind: 'integer', value: BigInt(plain) };
  if (/^0[bB][01]+$/.test(plain)) return { kind: 'integer', value: BigInt(plain) };
  if (/^0[0-7]+$/.test(plain)) return { kind: 'integer', value: BigInt(`0o${plain.slice(1)}`) };
  // `08` is perl's "Illegal octal digit" compile error, not a number to print.
  if (/^0\d+$/.test(plain)) return undefined;
  if (/^\d+$/.test(plain)) return { kind: 'integer', value: BigInt(plain) };
  const decimal = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(plain);
  if (!decimal || (decimal[1] === '' && (decimal[2] ?? '') === '')) return undefined;
  const fraction = decimal[2] ?? '';
  return { kind: 'decimal', digits: BigInt(`${decimal[1]}${fraction}` || '0'), exponent: Number(decimal[3] ?? 0) - fraction.length };
}

/** The literal as `print` shows it, negated for a leading unary minus. */
export function formatNumber(literal: NumberLiteral, negative: boolean, mode: NumberMode): string {
  const text = mode === 'native' ? formatNative(literal) : mode === 'bigfloat' ? formatExactDecimal(literal) : formatFraction(literal);
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** The literal's value as a JS number: for `sleep` and `exit`, which take perl's numeric value. */
export function numericValue(literal: NumberLiteral): number {
  return literal.kind === 'integer' ? Number(literal.value) : Number(`${literal.digits}e${literal.exponent}`);
}

function formatNative(literal: NumberLiteral): string {
  if (literal.kind === 'integer' && literal.value <= MAX_UV) return literal.value.toString();
  return formatPercentG15(numericValue(literal));
}

/** C's `%.15g`, perl's default number format (`$#` unset). */
export function formatPercentG15(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : value < 0 ? '-Inf' : 'NaN';
  const [mantissa, exponentText] = value.toExponential(14).split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 15) {
    return `${stripZeros(mantissa)}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return stripZeros(value.toFixed(14 - exponent));
}

function stripZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function formatExactDecimal(literal: NumberLiteral): string {
  if (literal.kind === 'integer') return literal.value.toString();
  if (literal.exponent >= 0) return (literal.digits * 10n ** BigInt(literal.exponent)).toString();
  const places = -literal.exponent;
  const digits = literal.digits.toString().padStart(places + 1, '0');
  return stripZeros(`${digits.slice(0, -places)}.${digits.slice(-places)}`);
}

function formatFraction(literal: NumberLiteral): string {
  if (literal.kind === 'integer') return literal.value.toString();
  if (literal.exponent >= 0) return (literal.digits * 10n ** BigInt(literal.exponent)).toString();
  return fraction(literal.digits, 10n ** BigInt(-literal.exponent));
}

/** `p/q` in lowest terms, or `p` when q divides it: how Math::BigRat prints. */
export function fraction(numerator: bigint, denominator: bigint): string {
  const divisor = gcd(numerator, denominator);
  const p = numerator / divisor;
  const q = denominator / divisor;
  return q === 1n ? p.toString() : `${p}/${q}`;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
