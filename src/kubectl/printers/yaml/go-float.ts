/**
 * Go's `strconv.FormatFloat(f, 'g', -1, 64)` (also what fmt's `%v` prints): the shortest digits, in
 * exponent form when the exponent is below -4 or at least 6 (`0.5`, `1e-05`, `1.2345675e+06`).
 */
export function goFloatG(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa = '', expText = '0'] = value.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(value);
}
