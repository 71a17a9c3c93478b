/**
 * `json.MarshalIndent(obj, "", "    ")` plus a newline, as kubectl's JSONPrinter writes
 * (cli-runtime/pkg/printers/json.go), including encoding/json's HTML-safe escaping.
 */
import type { GoNode } from './go-node';

export function marshalIndent(node: GoNode, indent = ''): string {
  switch (node.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return String(node.value);
    case 'number':
      return String(node.value);
    case 'string':
      return quoteGoString(node.value);
    case 'array': {
      if (node.items.length === 0) return '[]';
      const inner = `${indent}    `;
      return `[\n${node.items.map((item) => inner + marshalIndent(item, inner)).join(',\n')}\n${indent}]`;
    }
    case 'object': {
      if (node.entries.length === 0) return '{}';
      const inner = `${indent}    `;
      const members = node.entries.map(([k, v]) => `${inner}${quoteGoString(k)}: ${marshalIndent(v, inner)}`);
      return `{\n${members.join(',\n')}\n${indent}}`;
    }
  }
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** encoding/json's string encoder: short escapes, \u00XX for other controls, and <, >, &, U+2028, U+2029 escaped. */
export function quoteGoString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const short = SHORT_ESCAPES[ch];
    const code = ch.codePointAt(0)!;
    if (short) out += short;
    else if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** `json.Marshal`: no whitespace. */
export function marshalCompact(node: GoNode): string {
  switch (node.kind) {
    case 'array':
      return `[${node.items.map(marshalCompact).join(',')}]`;
    case 'object':
      return `{${node.entries.map(([k, v]) => `${quoteGoString(k)}:${marshalCompact(v)}`).join(',')}}`;
    default:
      return marshalIndent(node);
  }
}
