/**
 * Tokenizer for the POSIX shell (Shell Command Language §2.3), producing words already split into
 * quoted/unquoted parts with `$VAR`, `${…}`, `$(…)`, backquotes and `$((…))` recognised, so the
 * interpreter never re-scans text. Reserved words are left to the parser, which knows the context.
 */
import type { BashAssignment, ListNode, ParamOp, RedirectOp, Word, WordPart } from './ast';
import { ShellSyntaxError, unexpected } from './syntax-error';

export type Operator = '&&' | '||' | ';;' | ';' | '&' | '|' | '(' | ')' | RedirectOp;

export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: Operator }
  | { kind: 'ionumber'; fd: number }
  | { kind: 'newline' }
  | { kind: 'eof' };

/** How the lexer hands `$(…)` and backquote bodies back to the parser (injected to avoid an import cycle). */
export interface SubstitutionParser {
  untilParen(src: string, start: number): { program: ListNode; end: number };
  whole(src: string): ListNode;
  /** bash's lexer also reads arrays: `a=(…)`, `a[i]=v`, `a+=v`, `${a[i]}`, `${!a[@]}`. */
  readonly bash: boolean;
}

/** Longest first, so `<<-` wins over `<<` and `<`. */
const OPERATORS: readonly Operator[] = ['<<-', '&&', '||', ';;', '>>', '<&', '>&', '<>', '>|', '<<', ';', '&', '|', '(', ')', '<', '>'];
const METACHARS = ' \t\n;&|()<>';
const SPECIAL_PARAMS = '?$#!@*-0123456789';
const PARAM_OPS: readonly ParamOp[] = [':-', ':=', ':+', ':?', '##', '%%', '-', '=', '+', '?', '#', '%'];

interface PendingHeredoc {
  holder: { body: Word };
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
}

export class Lexer {
  private readonly heredocs: PendingHeredoc[] = [];
  /** Where the last token began, so the parser can tell a command's line. */
  tokenStart = 0;

  constructor(
    private readonly src: string,
    public pos: number,
    private readonly sub: SubstitutionParser,
  ) {}

  next(): Token {
    this.skipBlanks();
    this.tokenStart = this.pos;
    const c = this.src[this.pos];
    if (c === undefined) return { kind: 'eof' };
    if (c === '\n') {
      this.pos++;
      this.readHeredocBodies();
      return { kind: 'newline' };
    }
    const op = OPERATORS.find((candidate) => this.src.startsWith(candidate, this.pos));
    if (op) {
      this.pos += op.length;
      return { kind: 'op', op };
    }
    const start = this.pos;
    const word = this.readWord();
    const raw = this.src.slice(start, this.pos);
    const nextChar = this.src[this.pos];
    if (/^\d+$/.test(raw) && (nextChar === '<' || nextChar === '>')) return { kind: 'ionumber', fd: Number(raw) };
    return { kind: 'word', word };
  }

  /** The 1-based line of a source offset. */
  lineAt(offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (this.src[i] === '\n') line++;
    return line;
  }

  /** Called by the parser after `<<` and its delimiter word: the body is read at the next newline. */
  registerHeredoc(holder: { body: Word }, delimiter: Word, stripTabs: boolean): void {
    const quoted = delimiter.parts.some((part) => part.kind === 'literal' && part.quoted);
    const text = delimiter.parts.map((part) => (part.kind === 'literal' ? part.text : '')).join('');
    this.heredocs.push({ holder, delimiter: text, quoted, stripTabs });
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private readWord(): Word {
    const assignment = this.sub.bash ? this.readBashAssignment() : undefined;
    if (assignment) return assignment;
    const start = this.pos;
    const parts: WordPart[] = [];
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined || METACHARS.includes(c)) break;
      if (c === "'") parts.push(this.readSingleQuoted());
      else if (c === '"') parts.push(...this.readDoubleQuoted());
      else if (c === '\\') this.readBackslash(parts);
      else if (c === '$') parts.push(this.readDollar(false));
      else if (c === '`') parts.push(this.readBackquote(false));
      else {
        pushLiteral(parts, c, false);
        this.pos++;
      }
    }
    return { parts: mergeLiterals(parts), text: this.src.slice(start, this.pos) };
  }

  /**
   * bash's `name[sub]=v`, `name+=v` and `name=(…)`/`name+=(…)`. The word keeps plain parts too, so in
   * argument position (`echo a[1]=x`) it is still the literal text bash would print.
   */
  private readBashAssignment(): Word | undefined {
    const start = this.pos;
    const head = /^([A-Za-z_][A-Za-z0-9_]*)(\[|\+=|=\()/.exec(this.src.slice(start));
    if (!head) return undefined;
    const name = head[1] as string;
    let cursor = start + name.length;
    let subscript: Word | undefined;
    if (head[2] === '[') {
      const close = this.matchingBracket(cursor);
      if (close < 0) return undefined;
      subscript = this.innerWord(this.src.slice(cursor + 1, close));
      cursor = close + 1;
    }
    const operator = /^\+?=/.exec(this.src.slice(cursor))?.[0];
    if (!operator) return undefined;
    this.pos = cursor + operator.length;
    const items = !subscript && this.src[this.pos] === '(' ? this.readArrayItems() : undefined;
    const value = items ? { parts: [], text: '' } : this.readWord();
    const prefix: WordPart = { kind: 'literal', text: this.src.slice(start, cursor + operator.length), quoted: false };
    const bashAssignment: BashAssignment = { name, append: operator === '+=', value, ...(subscript ? { subscript } : {}), ...(items ? { items } : {}) };
    return { parts: mergeLiterals([prefix, ...value.parts]), text: this.src.slice(start, this.pos), bashAssignment };
  }

  /** The `]` closing the `[` at `open`, skipping nested brackets; -1 if the word ends first. */
  private matchingBracket(open: number): number {
    let depth = 0;
    for (let i = open; i < this.src.length; i++) {
      const c = this.src[i] as string;
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return i;
      else if (' \t\n;&|<>'.includes(c)) return -1;
    }
    return -1;
  }

  /** Text read like the inside of `$((…))`: expansions and quotes, no splitting (subscripts). */
  private innerWord(text: string): Word {
    const inner = new Lexer(text, 0, this.sub);
    return { parts: mergeLiterals(inner.readQuotedParts(undefined, true)), text };
  }

  /** The words of `(a b c)`, across newlines; `#` comments allowed, as bash does. */
  private readArrayItems(): Word[] {
    this.pos++;
    const items: Word[] = [];
    for (;;) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === undefined) throw unexpected('end of file', ')');
      if (c === ')') break;
      if (c === '\n') this.pos++;
      else if (METACHARS.includes(c)) throw unexpected(c);
      else items.push(this.readWord());
    }
    this.pos++;
    return items;
  }

  private readSingleQuoted(): WordPart {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw new ShellSyntaxError('unterminated quoted string');
    const text = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return { kind: 'literal', text, quoted: true };
  }

  /** `"…"`: an empty quoted literal first, so `""` still yields one (empty) field. */
  private readDoubleQuoted(): WordPart[] {
    this.pos++;
    const parts: WordPart[] = [{ kind: 'literal', text: '', quoted: true }, ...this.readQuotedParts('"', true)];
    this.pos++;
    return parts;
  }

  private readBackslash(parts: WordPart[]): void {
    const next = this.src[this.pos + 1];
    this.pos += 2;
    if (next === '\n') return;
    pushLiteral(parts, next ?? '\\', true);
  }

  /**
   * Reads double-quote-like text up to `stop` (`"`, or undefined for end of input, as in heredoc
   * bodies and `$((…))`). Backslash only escapes `$`, `` ` ``, `"`, `\` and newline (§2.2.3).
   */
  private readQuotedParts(stop: string | undefined, quoted: boolean): WordPart[] {
    const parts: WordPart[] = [];
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) {
        if (stop === undefined) break;
        throw new ShellSyntaxError('unterminated quoted string');
      }
      if (c === stop) break;
      if (c === '\\' && '$`"\\\n'.includes(this.src[this.pos + 1] ?? '') && (stop !== undefined || this.src[this.pos + 1] !== '"')) {
        const escaped = this.src[this.pos + 1] as string;
        if (escaped !== '\n') pushLiteral(parts, escaped, true);
        this.pos += 2;
      } else if (c === '$') parts.push(this.readDollar(quoted));
      else if (c === '`') parts.push(this.readBackquote(quoted));
      else {
        pushLiteral(parts, c, quoted);
        this.pos++;
      }
    }
    return parts;
  }

  private readDollar(quoted: boolean): WordPart {
    const next = this.src[this.pos + 1];
    if (next === '{') return this.readBraceParam(quoted);
    if (this.src.startsWith('((', this.pos + 1)) return this.readArithmetic(quoted);
    if (next === '(') {
      const { program, end } = this.sub.untilParen(this.src, this.pos + 2);
      this.pos = end;
      return { kind: 'command', program, quoted };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos + 1))?.[0];
    if (name) {
      this.pos += 1 + name.length;
      return { kind: 'param', name, quoted };
    }
    if (next !== undefined && SPECIAL_PARAMS.includes(next)) {
      this.pos += 2;
      return { kind: 'param', name: next, quoted };
    }
    this.pos++;
    return { kind: 'literal', text: '$', quoted };
  }

  private readBraceParam(quoted: boolean): WordPart {
    this.pos += 2;
    const indices = this.sub.bash ? /^!([A-Za-z_][A-Za-z0-9_]*)\[([@*])\]\}/.exec(this.src.slice(this.pos)) : null;
    if (indices) {
      this.pos += indices[0].length;
      return { kind: 'param', name: indices[1] as string, op: 'indices', quoted, subscript: this.innerWord(indices[2] as string) };
    }
    let lengthOf = false;
    if (this.src[this.pos] === '#' && /[A-Za-z_0-9?$#!@*-]/.test(this.src[this.pos + 1] ?? '') && this.src[this.pos + 1] !== '}') {
      lengthOf = true;
      this.pos++;
    }
    const name = /^([A-Za-z_][A-Za-z0-9_]*|\d+|[?$#!@*-])/.exec(this.src.slice(this.pos))?.[0];
    if (!name) throw new ShellSyntaxError('bad substitution');
    this.pos += name.length;
    const subscript = this.sub.bash && this.src[this.pos] === '[' && /^[A-Za-z_]/.test(name) ? this.readSubscript() : {};
    if (lengthOf) return { kind: 'param', name, op: 'length', quoted, ...subscript, ...this.closeBrace() };
    const op = PARAM_OPS.find((candidate) => this.src.startsWith(candidate, this.pos));
    if (!op) return { kind: 'param', name, quoted, ...subscript, ...this.closeBrace() };
    this.pos += op.length;
    const arg = this.readBraceArgument();
    return { kind: 'param', name, op, arg, quoted, ...subscript };
  }

  /** `[sub]` after a name inside `${…}`; bash calls a missing `]` a bad substitution. */
  private readSubscript(): { subscript: Word } {
    let depth = 0;
    for (let i = this.pos; i < this.src.length; i++) {
      if (this.src[i] === '[') depth++;
      else if (this.src[i] === ']' && --depth === 0) {
        const subscript = this.innerWord(this.src.slice(this.pos + 1, i));
        this.pos = i + 1;
        return { subscript };
      }
    }
    throw new ShellSyntaxError('bad substitution');
  }

  private closeBrace(): Record<string, never> {
    if (this.src[this.pos] === undefined) throw new ShellSyntaxError("missing '}'");
    if (this.src[this.pos] !== '}') throw new ShellSyntaxError('bad substitution');
    this.pos++;
    return {};
  }

  /** The word after a `${name:-` operator, up to the matching unquoted `}`. */
  private readBraceArgument(): Word {
    const start = this.pos;
    const parts: WordPart[] = [];
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError("missing '}'");
      if (c === '}') break;
      if (c === "'") parts.push(this.readSingleQuoted());
      else if (c === '"') parts.push(...this.readDoubleQuoted());
      else if (c === '\\') this.readBackslash(parts);
      else if (c === '$') parts.push(this.readDollar(false));
      else if (c === '`') parts.push(this.readBackquote(false));
      else {
        pushLiteral(parts, c, false);
        this.pos++;
      }
    }
    const text = this.src.slice(start, this.pos);
    this.pos++;
    return { parts: mergeLiterals(parts), text };
  }

  private readArithmetic(quoted: boolean): WordPart {
    let depth = 0;
    for (let i = this.pos + 3; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if (c === ')' && this.src[i + 1] === ')') {
        const inner = new Lexer(this.src.slice(this.pos + 3, i), 0, this.sub);
        const parts = inner.readQuotedParts(undefined, true);
        const expr = { parts: mergeLiterals(parts), text: this.src.slice(this.pos + 3, i) };
        this.pos = i + 2;
        return { kind: 'arith', expr, quoted };
      }
    }
    throw new ShellSyntaxError("missing '))'");
  }

  private readBackquote(quoted: boolean): WordPart {
    let body = '';
    let i = this.pos + 1;
    for (; i < this.src.length && this.src[i] !== '`'; i++) {
      const c = this.src[i] as string;
      if (c === '\\' && '$`\\'.includes(this.src[i + 1] ?? '')) body += this.src[++i];
      else body += c;
    }
    if (i >= this.src.length) throw new ShellSyntaxError('EOF in backquote substitution');
    this.pos = i + 1;
    return { kind: 'command', program: this.sub.whole(body), quoted };
  }

  private readHeredocBodies(): void {
    for (const pending of this.heredocs.splice(0)) {
      const lines: string[] = [];
      for (;;) {
        if (this.pos >= this.src.length) break;
        const end = this.src.indexOf('\n', this.pos);
        const rawLine = this.src.slice(this.pos, end < 0 ? this.src.length : end);
        this.pos = end < 0 ? this.src.length : end + 1;
        const line = pending.stripTabs ? rawLine.replace(/^\t+/, '') : rawLine;
        if (line === pending.delimiter) break;
        lines.push(line);
      }
      const text = lines.map((line) => `${line}\n`).join('');
      pending.holder.body = pending.quoted
        ? { parts: [{ kind: 'literal', text, quoted: true }], text }
        : { parts: mergeLiterals(new Lexer(text, 0, this.sub).readQuotedParts(undefined, true)), text };
    }
  }
}

function pushLiteral(parts: WordPart[], text: string, quoted: boolean): void {
  parts.push({ kind: 'literal', text, quoted });
}

function mergeLiterals(parts: WordPart[]): WordPart[] {
  const merged: WordPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'literal' && last?.kind === 'literal' && last.quoted === part.quoted) last.text += part.text;
    else merged.push(part.kind === 'literal' ? { ...part } : part);
  }
  return merged;
}
