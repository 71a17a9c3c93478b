/** A Go field type as written in types.go, after package qualifiers are stripped: `*Time`, `[]Container`, `map[string]string`. */
export type GoType =
  | { kind: 'pointer'; elem: string }
  | { kind: 'slice'; elem: string }
  | { kind: 'map'; value: string }
  | { kind: 'named'; name: string };

export function parseGoType(text: string): GoType {
  if (text.startsWith('*')) return { kind: 'pointer', elem: text.slice(1) };
  if (text === '[]byte') return { kind: 'named', name: 'bytes' };
  if (text.startsWith('[]')) return { kind: 'slice', elem: text.slice(2) };
  if (text.startsWith('map[')) return { kind: 'map', value: text.slice(closingBracket(text) + 1) };
  return { kind: 'named', name: text };
}

function closingBracket(text: string): number {
  let depth = 0;
  for (let i = 3; i < text.length; i++) {
    if (text[i] === '[') depth++;
    if (text[i] === ']' && --depth === 0) return i;
  }
  throw new Error(`unbalanced map type ${text}`);
}
