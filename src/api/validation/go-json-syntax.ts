/**
 * The error encoding/json's Unmarshal returns when a Secret's `.dockercfg` / `.dockerconfigjson` is not a
 * JSON object (ValidateSecret decodes it into map[string]interface{}). A small scanner finds the first
 * offending byte and words it as Go's scanner does, for the common mistakes.
 */
const WS = new Set([' ', '\t', '\n', '\r']);

export function goJsonObjectError(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
    if (value === null) return undefined; // null unmarshals into a map as a no-op
    const kind = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'bool';
    return `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`;
  } catch {
    return syntaxError(text);
  }
}

function syntaxError(text: string): string {
  const trimmed = [...text].findIndex((c) => !WS.has(c));
  if (trimmed < 0) return 'unexpected end of JSON input';
  const first = text.charAt(trimmed);
  if (!'{["-0123456789tfn'.includes(first)) return `invalid character ${goChar(first)} looking for beginning of value`;
  const literal = { t: 'true', f: 'false', n: 'null' }[first];
  if (literal) return literalError(text.slice(trimmed), literal);
  // Truncated documents are the usual case once the first character is plausible.
  const opens = [...text].filter((c) => c === '{' || c === '[').length;
  const closes = [...text].filter((c) => c === '}' || c === ']').length;
  if (opens > closes) return 'unexpected end of JSON input';
  const bad = /[}\]]/.exec(text.slice(trimmed + 1))?.[0] ?? first;
  return `invalid character ${goChar(bad)} looking for beginning of value`;
}

/** A bare word starting like true/false/null: Go names the first byte that breaks the literal. */
function literalError(rest: string, literal: string): string {
  for (let i = 1; i < literal.length; i++) {
    if (i >= rest.length) return 'unexpected end of JSON input';
    if (rest.charAt(i) !== literal.charAt(i)) return `invalid character ${goChar(rest.charAt(i))} in literal ${literal} (expecting ${goChar(literal.charAt(i))})`;
  }
  const after = rest.slice(literal.length).trimStart().charAt(0);
  return `invalid character ${goChar(after)} after top-level value`;
}

const goChar = (c: string): string => (c === "'" ? "'\\''" : `'${c}'`);
