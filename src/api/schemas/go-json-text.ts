import { compareGoStrings } from '../go-string-order';
/**
 * JSON text as Go's encoding/json writes a map: keys sorted, compact, and `<`, `>`, `&`, U+2028/U+2029
 * escaped. kubectl quotes a manifest this way in errors such as `Object 'Kind' is missing in '…'`.
 */
export function goJsonText(value: unknown): string {
  return JSON.stringify(sortKeys(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareGoStrings(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}
