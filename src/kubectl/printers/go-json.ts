/**
 * JSON as Go's encoding/json writes unstructured objects (`kubectl -o json` is `json.MarshalIndent(obj, "", "    ")`):
 * map keys sorted byte-wise, `<`, `>`, `&`, U+2028 and U+2029 escaped as \u003c-style sequences.
 */
export function goJson(value: unknown, indent = ''): string {
  const text = JSON.stringify(sortKeys(value ?? null), null, indent || undefined);
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => source[k] !== undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, sortKeys(source[k])]));
}
