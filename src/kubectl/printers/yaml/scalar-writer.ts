/**
 * Writes scalars the way libyaml's emitter does (go-yaml v2 emitterc.go `yaml_emitter_write_*_scalar`),
 * including folding: past column 80 (best_width), a space that is not followed by another space becomes a
 * line break plus the scalar's indentation.
 */
import { isBreak, isPrintable, type ScalarStyle } from './scalar-analysis';

const BEST_WIDTH = 80;

/** The output and the column of its last line, which folding depends on. */
export class YamlOutput {
  private text = '';
  column = 0;

  write(s: string): void {
    this.text += s;
    const nl = s.lastIndexOf('\n');
    this.column = nl >= 0 ? [...s.slice(nl + 1)].length : this.column + [...s].length;
  }

  newline(indent: number): void {
    this.write(`\n${' '.repeat(indent)}`);
  }

  /** libyaml `yaml_emitter_write_indent`: a line break unless already at a line start, then the indentation. */
  lineStart(indent: number): void {
    if (this.text === '' || this.text.endsWith('\n')) this.write(' '.repeat(indent));
    else this.newline(indent);
  }

  toString(): string {
    return this.text;
  }
}

/** Writes `text` in `style`; `indent` is where continuation lines start; keys never fold. */
export function writeScalar(out: YamlOutput, text: string, style: ScalarStyle, indent: number, isKey: boolean): void {
  const chars = [...text];
  if (style === 'plain') writeFolded(out, chars, indent, !isKey, '', (c) => c);
  else if (style === 'single') writeFolded(out, chars, indent, !isKey, "'", (c) => (c === "'" ? "''" : c));
  else if (style === 'double') writeDouble(out, chars, indent, !isKey);
  else writeLiteral(out, chars, indent);
}

function writeFolded(out: YamlOutput, chars: string[], indent: number, allowBreaks: boolean, quote: string, escape: (c: string) => string): void {
  out.write(quote);
  let spaces = false;
  for (const [i, c] of chars.entries()) {
    if (c === ' ') {
      const interior = quote === '' || (i > 0 && i < chars.length - 1);
      if (allowBreaks && !spaces && out.column > BEST_WIDTH && interior && chars[i + 1] !== ' ') out.newline(indent);
      else out.write(c);
      spaces = true;
    } else {
      out.write(escape(c));
      spaces = false;
    }
  }
  out.write(quote);
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
  '"': '"', '\\': '\\', '\u0085': 'N', '\u00a0': '_', '\u2028': 'L', '\u2029': 'P',
};

function writeDouble(out: YamlOutput, chars: string[], indent: number, allowBreaks: boolean): void {
  out.write('"');
  let spaces = false;
  for (const [i, c] of chars.entries()) {
    if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
      out.write(`\\${ESCAPES[c] ?? hexEscape(c.codePointAt(0)!)}`);
      spaces = false;
    } else if (c === ' ') {
      if (allowBreaks && !spaces && out.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
        out.newline(indent);
        if (chars[i + 1] === ' ') out.write('\\');
      } else {
        out.write(c);
      }
      spaces = true;
    } else {
      out.write(c);
      spaces = false;
    }
  }
  out.write('"');
}

function hexEscape(cp: number): string {
  const [prefix, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return prefix + cp.toString(16).toUpperCase().padStart(width, '0');
}

/** `|`, `|-` or `|+` with an indentation hint when the text starts with a space or a break. */
function writeLiteral(out: YamlOutput, chars: string[], indent: number): void {
  const hint = chars[0] === ' ' || isBreak(chars[0]) ? '2' : '';
  out.write(`|${hint}${chompHint(chars)}\n`);
  let breaks = true;
  for (const c of chars) {
    if (isBreak(c)) {
      out.write('\n');
      breaks = true;
    } else {
      if (breaks) out.write(' '.repeat(indent));
      out.write(c);
      breaks = false;
    }
  }
}

function chompHint(chars: string[]): string {
  const last = chars[chars.length - 1];
  if (!isBreak(last)) return '-';
  return chars.length === 1 || isBreak(chars[chars.length - 2]) ? '+' : '';
}
