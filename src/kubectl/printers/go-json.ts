import { compareGoStrings } from '../../api/go-string-order';

/**
 * JSON as Go's encoding/json writes unstructured objects (`kubectl -o json` is `json.MarshalIndent(obj, "", "    ")`):
 * map keys sorted byte-wise (UTF-8 bytes, i.e. code points: `compareGoStrings`), `<`, `>`, `&`, U+2028 and U+2029 escaped as \u003c-style sequences.
 *
 * The text is written in one pass, without a key-sorted copy of the value: `kubectl apply` encodes every object's
 * last-applied configuration with it, so a bulk apply pays it once per document. The layout is JSON.stringify's
 * (which is MarshalIndent's for these values): `{}`/`[]` when empty, `"key": value` with the indent per level.
 */
export function goJson(value: unknown, indent = ''): string {
  return encode(value ?? null, indent, '') ?? 'null';
}

/** The JSON of one value, or undefined where JSON.stringify skips it (undefined, functions, symbols). */
function encode(value: unknown, indent: string, current: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? encodeArray(value, indent, current) : encodeObject(value as Record<string, unknown>, indent, current);
    default:
      return undefined;
  }
}

function encodeArray(items: readonly unknown[], indent: string, current: string): string {
  if (items.length === 0) return '[]';
  const inner = current + indent;
  const separator = indent ? `,\n${inner}` : ',';
  let text = '';
  for (let i = 0; i < items.length; i++) text += (i === 0 ? '' : separator) + (encode(items[i], indent, inner) ?? 'null');
  return indent ? `[\n${inner}${text}\n${current}]` : `[${text}]`;
}

function encodeObject(record: Record<string, unknown>, indent: string, current: string): string {
  const keys = Object.keys(record).sort(compareGoStrings);
  const inner = current + indent;
  const separator = indent ? `,\n${inner}` : ',';
  const colon = indent ? ': ' : ':';
  let text = '';
  for (const key of keys) {
    const encoded = encode(record[key], indent, inner);
    if (encoded === undefined) continue;
    text += (text === '' ? '' : separator) + quote(key) + colon + encoded;
  }
  if (text === '') return '{}';
  return indent ? `{\n${inner}${text}\n${current}}` : `{${text}}`;
}

/** Characters JSON.stringify escapes (quote, backslash, controls, lone surrogates) or encoding/json does (HTML). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;
const HTML_UNSAFE_ALL = /[<>&\u2028\u2029]/g;

/** encoding/json's string literal: JSON.stringify's escapes plus the HTML-safe ones (encodeState.string, escapeHTML). */
function quote(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return JSON.stringify(text).replace(HTML_UNSAFE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

