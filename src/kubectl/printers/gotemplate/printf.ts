/**
 * Go's fmt.Sprintf for template values (src/fmt/print.go): the verbs %v %s %d %q %t %x %X %o %b %c %f %F %e %E
 * %g %G with flags, width and precision; wrong types print `%!d(string=x)`, missing operands `%!s(MISSING)`,
 * extra ones `%!(EXTRA int64=1, string=b)`.
 */
import { goFloatG } from '../yaml/go-float';
import { formatValue, GoFloat, intValue, kindOf, sortedKeys, typeName, type GoMap, type GoValue } from './values';

export function goSprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let next = 0;
  const spec = /%([-+# 0]*)(\*|\d+)?(?:\.(\*|\d*))?(.?)/gy;
  let last = 0;
  for (let i = format.indexOf('%'); i >= 0; i = format.indexOf('%', last)) {
    out += format.slice(last, i);
    spec.lastIndex = i;
    const [whole, flags = '', widthText, precisionText, verb = ''] = spec.exec(format)!;
    last = i + whole.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb === '') {
      out += '%!(NOVERB)';
      continue;
    }
    let width = widthText === '*' ? (intValue(args[next++]) ?? 0) : widthText === undefined ? undefined : Number(widthText);
    let precision = precisionText === '*' ? (intValue(args[next++]) ?? 0) : precisionText === undefined ? undefined : Number(precisionText || '0');
    // fmt refuses widths and precisions above 1e6 (tooLarge), which also keeps a template from exhausting memory.
    if (width !== undefined && Math.abs(width) > 1e6) [out, width] = [`${out}%!(BADWIDTH)`, undefined];
    if (precision !== undefined && (precision < 0 || precision > 1e6)) [out, precision] = [`${out}%!(BADPREC)`, undefined];
    if (next >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatArgument(args[next++], { verb, flags, width, precision });
  }
  out += format.slice(last);
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((a) => `${typeName(a)}=${formatValue(a)}`).join(', ')})`;
  return out;
}

interface Verb {
  verb: string;
  flags: string;
  width?: number;
  precision?: number;
}

/** fmt's printValue: lists and maps apply the verb (and width) to each element and key; nil is `<nil>`. */
function formatArgument(value: GoValue, spec: Verb, nested = false): string {
  const kind = kindOf(value);
  if (kind === 'slice') return `[${(value as GoValue[]).map((item) => formatArgument(item, spec, true)).join(' ')}]`;
  if (kind === 'map') {
    const map = value as GoMap;
    return `map[${sortedKeys(map)
      .map((key) => `${formatArgument(key, spec, true)}:${formatArgument(map[key], spec, true)}`)
      .join(' ')}]`;
  }
  if (kind === 'nil' || kind === 'invalid') return nested || spec.verb === 'v' ? pad('<nil>', spec.width, spec.flags) : `%!${spec.verb}(<nil>)`;
  return pad(formatOne(value, spec.verb, spec.flags, spec.precision), spec.width, spec.flags);
}

function pad(text: string, width: number | undefined, flags: string): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[+-]?[0-9.]/.test(text)) {
    const sign = /^[+-]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function formatOne(value: GoValue, verb: string, flags: string, precision?: number): string {
  const kind = kindOf(value);
  const bad = () => `%!${verb}(${typeName(value)}=${formatValue(value)})`;
  const signed = (text: string, negative: boolean) => (negative ? `-${text}` : flags.includes('+') ? `+${text}` : flags.includes(' ') ? ` ${text}` : text);
  switch (verb) {
    case 'v':
      return kind === 'float' ? floatText(value as GoFloat, 'g', precision, signed) : formatValue(value);
    case 's':
      if (kind === 'string') return precision === undefined ? (value as string) : [...(value as string)].slice(0, precision).join('');
      return bad();
    case 'q':
      if (kind === 'string') return goQuote(value as string);
      return kind === 'int' ? `'${String.fromCodePoint(intValue(value)!)}'` : bad();
    case 't':
      return kind === 'bool' ? String(value) : bad();
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'c':
      if (kind === 'int') return intText(intValue(value)!, verb, signed);
      if (kind === 'string' && (verb === 'x' || verb === 'X')) {
        const hex = Buffer.from(value as string, 'utf8').toString('hex');
        return verb === 'X' ? hex.toUpperCase() : hex;
      }
      return bad();
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return kind === 'float' ? floatText(value as GoFloat, verb, precision, signed) : bad();
    default:
      return bad();
  }
}

function intText(value: number, verb: string, signed: (t: string, n: boolean) => string): string {
  if (verb === 'c') return String.fromCodePoint(value);
  const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb]!;
  const text = Math.abs(value).toString(radix);
  return signed(verb === 'X' ? text.toUpperCase() : text, value < 0);
}

function floatText(value: GoFloat, verb: string, precision: number | undefined, signed: (t: string, n: boolean) => string): string {
  const f = Math.abs(value.value);
  const negative = value.value < 0 || Object.is(value.value, -0);
  let text: string;
  if (verb === 'f' || verb === 'F') text = f.toFixed(precision ?? 6);
  else if (verb === 'e' || verb === 'E') text = goExponent(f.toExponential(precision ?? 6));
  else text = precision === undefined ? goFloatG(f) : goExponentG(f, precision);
  return signed(verb === 'E' || verb === 'G' ? text.toUpperCase() : text, negative);
}

/** JS `1.5e+4` → Go `1.5e+04` (at least two exponent digits). */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

function goExponentG(f: number, precision: number): string {
  const p = precision === 0 ? 1 : precision;
  const exp = f === 0 ? 0 : Math.floor(Math.log10(f));
  if (exp < -4 || exp >= p) return goExponent(f.toExponential(p - 1).replace(/\.?0+e/, 'e'));
  return String(Number(f.toPrecision(p)));
}

/** strconv.Quote: printable characters as they are, the rest escaped the Go way. */
export function goQuote(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const simple: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', '"': '\\"' };
    if (simple[c]) out += simple[c];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0x80 && code < 0xa0) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}
