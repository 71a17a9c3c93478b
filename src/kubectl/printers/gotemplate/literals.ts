/**
 * Go literals inside template actions: strings with Go's escapes (strconv.Unquote), raw strings, character
 * constants and numbers. A literal with `.`, `e` or `p` (not hex) is a float64 constant; the rest are ints
 * (text/template's idealConstant), so `{{1.0}}` prints `1` and `{{1e6}}` prints `1e+06`.
 */
import { TemplateSyntaxError } from './lex';
import { GoFloat, GoInt, type GoValue } from './values';

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

export function unquote(quoted: string, line: number): string {
  const body = quoted.slice(1, -1);
  if (quoted.startsWith('`')) return body.replace(/\r/g, '');
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i] ?? '';
    const hex = { x: 2, u: 4, U: 8 }[e];
    if (SIMPLE_ESCAPES[e] !== undefined && (e !== "'" || quoted.startsWith("'")) && (e !== '"' || quoted.startsWith('"'))) out += SIMPLE_ESCAPES[e];
    else if (hex && /^[0-9a-fA-F]+$/.test(body.slice(i + 1, i + 1 + hex)) && body.slice(i + 1, i + 1 + hex).length === hex) {
      const code = parseInt(body.slice(i + 1, i + 1 + hex), 16);
      // \x is a byte: bytes above 0x7f do not decode to one character, which kubespec leaves as its code point.
      out += String.fromCodePoint(code);
      i += hex;
    } else if (/^[0-7]{3}$/.test(body.slice(i, i + 3)) && parseInt(body.slice(i, i + 3), 8) < 256) {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else throw new TemplateSyntaxError(line, 'invalid syntax');
  }
  return out;
}

export function parseNumber(text: string, isChar: boolean, line: number): GoValue {
  if (isChar) {
    const value = unquote(text, line);
    if ([...value].length !== 1) throw new TemplateSyntaxError(line, `malformed character constant: ${text}`);
    return new GoInt(value.codePointAt(0)!);
  }
  const clean = text.replace(/_/g, '');
  const sign = clean.startsWith('-') ? -1 : 1;
  const digits = clean.replace(/^[+-]/, '');
  const isHex = /^0[xX]/.test(digits);
  if (!isHex && /[.eEpP]/.test(digits)) {
    const value = Number(digits);
    if (digits === '' || Number.isNaN(value)) throw new TemplateSyntaxError(line, `bad number syntax: "${text}"`);
    return new GoFloat(sign * value);
  }
  const normalized = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits;
  if (!/^(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/.test(normalized)) throw new TemplateSyntaxError(line, `bad number syntax: "${text}"`);
  return new GoInt(sign * Number(normalized));
}
