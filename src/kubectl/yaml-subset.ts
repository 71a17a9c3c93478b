/**
 * A fast reader for the YAML that manifests are nearly always written in: block mappings and sequences,
 * single-line plain and quoted scalars, one-line flow collections, and literal block scalars (`|`, `|-`).
 * It resolves scalars exactly as the `yaml` library's core schema does (null, bool, int, float, string), so
 * for any input it accepts it returns what `parseAllDocuments(text).map((d) => d.toJS())` would.
 *
 * Why: the `yaml` library builds a CST and a document model per document (~100 µs for a ten-line
 * ConfigMap), while `kubectl apply` of 10,000 objects must take well under a second. Anything outside the
 * subset (anchors, tags, folded or multi-line scalars, tabs, duplicate keys, syntax errors...) returns
 * `undefined` and the caller falls back to the `yaml` library, which also reports errors with line and column.
 * `yaml-subset.test.ts` checks the two agree on generated manifests.
 */

/** Thrown inside the reader when the input leaves the subset; never escapes `parseYamlSubset`. */
class OutsideSubset extends Error {}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters a plain scalar may not start with (YAML c-indicators; `?` and `:` are refused too, `-` only before a space). */
const INDICATORS = new Set([...'[]{}#&*!|>\'"%@`,']);
const TRAILING_COMMENT = /^\s*(?:#.*)?$/;

/** The documents of a stream as JS values, or undefined when the text is outside the subset. */
export function parseYamlSubset(text: string): unknown[] | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  try {
    return splitDocuments(text.split('\n')).map((lines) => new BlockReader(lines).document());
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/** `---` lines separate documents; what precedes the first one is a document only if it has content. */
function splitDocuments(lines: string[]): string[][] {
  const documents: string[][] = [];
  let current: string[] = [];
  let first = true;
  for (const line of lines) {
    if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%')) {
      if (!/^---\s*$/.test(line)) throw new OutsideSubset();
      if (!first || current.some(isContent)) documents.push(current);
      current = [];
      first = false;
    } else current.push(line);
  }
  if (!first || current.some(isContent)) documents.push(current);
  return documents;
}

function isContent(line: string): boolean {
  const text = line.trimStart();
  return text !== '' && !text.startsWith('#');
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

interface ContentLine {
  /** Its index in the document's lines. */
  readonly at: number;
  readonly indent: number;
  /** The line without its indentation. */
  readonly text: string;
}

class BlockReader {
  private i = 0;
  private peeked: ContentLine | undefined;

  constructor(private readonly lines: string[]) {}

  document(): unknown {
    const first = this.next();
    if (first === undefined) return null;
    const value = this.block(first.indent);
    if (this.next() !== undefined) throw new OutsideSubset();
    return value;
  }

  /** The next content line (skipping blank and comment lines), without consuming it; peeked lines are kept. */
  private next(): ContentLine | undefined {
    for (; this.i < this.lines.length; this.i++) {
      if (this.peeked?.at === this.i) return this.peeked;
      const line = this.lines[this.i]!;
      const indent = indentOf(line);
      const first = line[indent];
      if (first !== undefined && first !== '#') return (this.peeked = { at: this.i, indent, text: indent === 0 ? line : line.slice(indent) });
    }
    return undefined;
  }

  private block(indent: number): unknown {
    const text = this.next()!.text;
    return isSequenceItem(text) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.next(); line && line.indent === indent && !isSequenceItem(line.text); line = this.next()) {
      const { key, rest } = splitKey(line.text);
      if (Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__' || key === '<<') throw new OutsideSubset();
      this.i++;
      out[key] = this.value(rest, indent, true);
    }
    this.expectDedent(indent);
    return out;
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.next(); line && line.indent === indent && isSequenceItem(line.text); line = this.next()) {
      const rest = line.text.slice(1).trimStart();
      const column = indent + (line.text.length - rest.length);
      if (rest !== '' && !rest.startsWith('#') && (isSequenceItem(rest) || isMappingEntry(rest))) {
        // `- key: v` / `- - v`: a compact collection whose indentation is the column after the dash.
        this.lines[this.i] = ' '.repeat(column) + rest;
        this.peeked = undefined;
        out.push(this.block(column));
      } else {
        this.i++;
        out.push(this.value(rest, indent, false));
      }
    }
    this.expectDedent(indent);
    return out;
  }

  /** After a collection, the next content line must belong to an enclosing one (be less indented). */
  private expectDedent(indent: number): void {
    const line = this.next();
    if (line && line.indent > indent) throw new OutsideSubset();
  }

  /** The value after `key:` or `- `, which may continue on the following, more indented lines. */
  private value(rest: string, indent: number, inMapping: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) {
      const line = this.next();
      if (line && line.indent > indent) return this.block(line.indent);
      // YAML lets a mapping's sequence value sit at the key's own indentation.
      if (inMapping && line && line.indent === indent && isSequenceItem(line.text)) return this.sequence(indent);
      return null;
    }
    if (rest.startsWith('|')) return this.literal(rest, indent);
    const value = inlineValue(rest);
    const line = this.next();
    if (line && line.indent > indent) throw new OutsideSubset(); // a multi-line scalar
    return value;
  }

  /** A literal block scalar (`|` keeps one final newline, `|-` none); its indentation is its first line's. */
  private literal(header: string, parentIndent: number): string {
    const chomp = /^\|(-?)\s*(?:#.*)?$/.exec(header);
    if (!chomp) throw new OutsideSubset();
    const start = this.i;
    let end = start;
    let indent = -1;
    for (; end < this.lines.length; end++) {
      const line = this.lines[end]!;
      if (line.trim() === '') continue;
      if (indent < 0) indent = indentOf(line);
      if (indentOf(line) < indent) break;
    }
    if (indent <= parentIndent) throw new OutsideSubset();
    // Blank lines carrying spaces beyond the indentation are content YAML keeps in subtle ways: leave them out.
    if (this.lines.slice(start, end).some((line) => line.length > indent && line.trim() === '')) throw new OutsideSubset();
    while (end > start && this.lines[end - 1]!.trim() === '') end--;
    const body = this.lines.slice(start, end);
    this.i = end;
    const text = body.map((line) => line.slice(indent)).join('\n');
    return chomp[1] === '-' || text === '' ? text : `${text}\n`;
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function isMappingEntry(text: string): boolean {
  if (text.startsWith('"') || text.startsWith("'")) return /^("[^"\\]*"|'[^']*')\s*:(?:\s|$)/.test(text);
  return /^[^\s#][^#]*?:(?:\s|$)/.test(text) && !text.startsWith('{') && !text.startsWith('[');
}

/** `key: rest` with a plain or simply quoted key that resolves to a string. */
function splitKey(text: string): { key: string; rest: string } {
  let key: string;
  let after: number;
  if (text.startsWith('"') || text.startsWith("'")) {
    const [value, end] = quoted(text, 0);
    key = value;
    after = end;
    while (text[after] === ' ') after++;
  } else {
    const colon = text.search(/:(?:\s|$)/);
    if (colon <= 0) throw new OutsideSubset();
    const plain = text.slice(0, colon).trimEnd();
    if (typeof plainScalar(plain) !== 'string' || plain.includes('#')) throw new OutsideSubset();
    key = plain;
    after = colon;
  }
  if (text[after] !== ':' || (after + 1 < text.length && text[after + 1] !== ' ')) throw new OutsideSubset();
  return { key, rest: text.slice(after + 1).trim() };
}

/** A scalar or one-line flow collection, with an optional trailing comment. */
function inlineValue(text: string): unknown {
  if (text.startsWith('"') || text.startsWith("'") || text.startsWith('[') || text.startsWith('{')) {
    const [value, end] = flowValue(text, 0);
    if (!TRAILING_COMMENT.test(text.slice(end))) throw new OutsideSubset();
    return value;
  }
  const comment = text.search(/\s#/);
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (plain.includes(': ') || plain.endsWith(':')) throw new OutsideSubset();
  return plainScalar(plain);
}

/** Resolution of a plain scalar by the core schema, in the `yaml` library's tag order. */
function plainScalar(text: string): unknown {
  const first = text[0];
  if (first !== undefined && (INDICATORS.has(first) || first === '?' || first === ':' || (first === '-' && (text.length === 1 || text[1] === ' ')))) throw new OutsideSubset();
  // Only `~`, `n`/`N`, `t`/`T`, `f`/`F`, a digit, a sign or a dot can start a null, bool or number.
  if (first !== undefined && /[a-eg-mo-su-zA-EG-MO-SU-Z_/]/.test(first)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return first === 't' || first === 'T';
  if (OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_SPECIAL.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A quoted scalar, `[...]` or `{...}` at `at`; returns the value and the index after it. */
function flowValue(text: string, at: number): [unknown, number] {
  const c = text[at];
  if (c === '"' || c === "'") return quoted(text, at);
  if (c === '[' || c === '{') return flowCollection(text, at);
  const end = text.slice(at).search(/[,\]}]/);
  if (end <= 0) throw new OutsideSubset();
  const plain = text.slice(at, at + end).trimEnd();
  if (plain.includes(': ') || plain.includes('#') || plain.endsWith(':')) throw new OutsideSubset();
  return [plainScalar(plain), at + end];
}

function flowCollection(text: string, at: number): [unknown, number] {
  const isMap = text[at] === '{';
  const close = isMap ? '}' : ']';
  const out: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, at + 1);
  if (text[i] === close) return [isMap ? map : out, i + 1];
  for (;;) {
    if (isMap) {
      const [key, afterKey] = flowKey(text, i);
      if (Object.prototype.hasOwnProperty.call(map, key) || key === '__proto__' || key === '<<') throw new OutsideSubset();
      const [value, end] = flowValue(text, skipSpaces(text, afterKey));
      map[key] = value;
      i = skipSpaces(text, end);
    } else {
      const [value, end] = flowValue(text, i);
      out.push(value);
      i = skipSpaces(text, end);
    }
    if (text[i] === close) return [isMap ? map : out, i + 1];
    if (text[i] !== ',') throw new OutsideSubset();
    i = skipSpaces(text, i + 1);
    if (text[i] === close || text[i] === ',') throw new OutsideSubset(); // `[a,]`: keep to the plain cases
  }
}

/** A flow mapping's `key: ` (the value must follow after a space). */
function flowKey(text: string, at: number): [string, number] {
  let key: unknown;
  let end: number;
  if (text[at] === '"' || text[at] === "'") [key, end] = quoted(text, at);
  else {
    const colon = text.slice(at).search(/:\s|[,\]{}[#]/);
    if (colon <= 0 || text[at + colon] !== ':') throw new OutsideSubset();
    const plain = text.slice(at, at + colon).trimEnd();
    key = plainScalar(plain);
    if (typeof key === 'string' && key !== plain) throw new OutsideSubset();
    end = at + colon;
  }
  if (typeof key !== 'string' || text[end] !== ':' || text[end + 1] !== ' ') throw new OutsideSubset();
  return [key, end + 1];
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

/** A single-line quoted scalar at `at`: `'...'` with `''` for a quote, or `"..."` with common escapes. */
function quoted(text: string, at: number): [string, number] {
  const q = text[at]!;
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      return [out, i + 1];
    }
    if (q === '"' && c === '\\') {
      const next = text[++i] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
        out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
        i += 4;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new OutsideSubset();
      out += escaped;
    } else out += c;
  }
  throw new OutsideSubset(); // continues on the next line
}
