/** Shell pattern matching (§2.13): `*`, `?`, `[…]` with `!`/`^` negation, and backslash escapes. */

export interface PatternSegment {
  text: string;
  /** Quoted text matches literally. */
  quoted: boolean;
}

export function hasGlobChars(text: string): boolean {
  return /[*?[]/.test(text);
}

/** Compiles segments to a regular-expression source (without anchors). */
export function patternSource(segments: readonly PatternSegment[]): string {
  let source = '';
  for (const { text, quoted } of segments) {
    if (quoted) {
      source += escapeRegExp(text);
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (c === '*') source += '[\\s\\S]*';
      else if (c === '?') source += '[\\s\\S]';
      else if (c === '\\' && i + 1 < text.length) source += escapeRegExp(text[++i] as string);
      else if (c === '[') {
        const end = text.indexOf(']', i + 2);
        if (end < 0) source += '\\[';
        else {
          const body = text.slice(i + 1, end).replace(/^[!^]/, '^').replace(/\\/g, '\\\\');
          source += `[${body}]`;
          i = end;
        }
      } else source += escapeRegExp(c);
    }
  }
  return source;
}

export function matchesPattern(value: string, segments: readonly PatternSegment[]): boolean {
  return new RegExp(`^${patternSource(segments)}$`).test(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
