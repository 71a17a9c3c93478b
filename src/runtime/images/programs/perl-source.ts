/**
 * Parses the perl subset kubespec's perl image runs (see perl.ts): statements separated by `;` — `print LIST`,
 * `say LIST`, `die LIST`, `exit [N]`, `sleep [N]`, `use strict`/`use warnings`, a bare numeric constant —
 * whose terms are quoted strings, numbers and bignum's `bpi(N)`, joined by `.`. Like perl it reads the whole
 * program before running any of it, so a compile error (or code outside the subset) runs nothing.
 *
 * Compile-time wording follows perl 5.36 (toke.c/op.c): `Not enough arguments for bignum::bpi at -e line 1,
 * near "()\n"`, and the -w warnings `print (...) interpreted as function` and `Useless use of a constant`.
 */
import { MAX_BPI_DIGITS } from './bignum-pi';
import { parseNumberLiteral, formatNumber, type NumberLiteral, type NumberMode } from './perl-numbers';

export type Term =
  | { kind: 'string'; value: string }
  | { kind: 'number'; literal: NumberLiteral; negative: boolean }
  /** `digits` as written (an integer); `exporter` is the pragma bpi was imported from, if it was. */
  | { kind: 'bpi'; digits: number; exporter: string | undefined; line: number };

/** Terms joined by `.`. */
export type Expression = readonly Term[];

export type Statement =
  | { kind: 'print'; args: readonly Expression[]; say: boolean; topic: boolean; warnings: boolean; line: number }
  | { kind: 'die'; args: readonly Expression[]; line: number }
  | { kind: 'exit'; value: number; line: number }
  /** `seconds` undefined: `sleep` with no argument sleeps forever. */
  | { kind: 'sleep'; seconds: number | undefined; line: number }
  /** A constant in void context: does nothing, but is a statement (the debugger stops at it). */
  | { kind: 'nothing'; line: number }
  /** `use strict;`: happens while compiling, so nothing is left of it at run time. */
  | { kind: 'use'; line: number };

export interface PerlProgram {
  readonly statements: readonly Statement[];
  /** Compile-time warnings, printed before the program runs. */
  readonly warnings: readonly string[];
}

export interface ParseContext {
  /** `-e` or the script path, as perl names the program in messages. */
  readonly name: string;
  readonly say: boolean;
  readonly warnings: boolean;
  readonly mode: NumberMode;
  /** The pragma `bpi` was imported from (`bignum`, `bigrat`, `bigfloat`), if any. */
  readonly bpiExporter: string | undefined;
}

export type ParseResult =
  | { ok: true; program: PerlProgram }
  | { ok: false; kind: 'unsupported'; code: string; line: number }
  | { ok: false; kind: 'compile-error'; message: string };

/** Thrown inside the parser and turned into a ParseResult at its edge. */
class Stop {
  constructor(readonly result: Extract<ParseResult, { ok: false }>) {}
}

const WORD = /[A-Za-z_]\w*/y;
const NUMBER = /0[xXbB][0-9a-fA-F_]+|\d[\d_]*(?:\.(?!\.)[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?/y;
const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', a: '\x07', e: '\x1b', '0': '\0', '\\': '\\', '"': '"', $: '$', '@': '@' };
/** toke.c's "not a very solid hack": after `print (...)`, these characters mean the parens were meant. */
const AFTER_FUNCTION_PARENS = ';&/|})]oaiuwef!=';

export function parsePerl(source: string, context: ParseContext): ParseResult {
  const parser = new Parser(source, context);
  try {
    return { ok: true, program: parser.program() };
  } catch (error) {
    if (error instanceof Stop) return error.result;
    throw error;
  }
}

class Parser {
  private pos = 0;
  private warnings: boolean;
  private readonly compileWarnings: string[] = [];

  constructor(private readonly src: string, private readonly context: ParseContext) {
    this.warnings = context.warnings;
  }

  program(): PerlProgram {
    const statements: Statement[] = [];
    for (;;) {
      this.skipSpace();
      if (this.atEnd()) break;
      if (this.src[this.pos] === ';') {
        this.pos++;
        continue;
      }
      const start = this.pos;
      statements.push(this.statement());
      this.skipSpace();
      if (this.atEnd()) break;
      if (this.src[this.pos] !== ';') this.unsupported(start);
      this.pos++;
    }
    return { statements, warnings: this.compileWarnings };
  }

  private statement(): Statement {
    const start = this.pos;
    const line = this.lineAt(start);
    const word = this.word();
    if (word === undefined) return this.constantStatement(start, line);
    switch (word) {
      case 'print':
      case 'say':
        if (word === 'say' && !this.context.say) return this.unsupported(start);
        return this.printStatement(word, start, line);
      case 'die':
        return { kind: 'die', args: this.listArguments(start), line };
      case 'exit': {
        const value = this.optionalNumber(start);
        return { kind: 'exit', value: value === undefined ? 0 : Math.trunc(value), line };
      }
      case 'sleep': {
        const value = this.optionalNumber(start);
        if (value !== undefined && value < 0) return this.unsupported(start);
        return { kind: 'sleep', seconds: value === undefined ? undefined : Math.trunc(value), line };
      }
      case 'use':
        return this.useStatement(start, line);
      default:
        return this.unsupported(start);
    }
  }

  private printStatement(name: 'print' | 'say', start: number, line: number): Statement {
    if (this.src[this.pos] === ' ' && this.src[this.pos + 1] === '(' && this.warnings && this.parensLookLikeAnArgument(this.pos + 2)) {
      this.compileWarnings.push(`${name} (...) interpreted as function at ${this.context.name} line ${line}.\n`);
    }
    this.skipSpace();
    // Only a bare `print` prints `$_`; `print()` prints the empty list.
    const topic = this.atStatementEnd();
    const args = this.listArguments(start);
    return { kind: 'print', args, say: name === 'say', topic, warnings: this.warnings, line };
  }

  /** toke.c: warn when, after the matching `)`, the line ends or goes on with an operator. */
  private parensLookLikeAnArgument(from: number): boolean {
    const lineEnd = this.lineEnd(from);
    let w = from;
    for (let level = 1; w < lineEnd && level > 0; w++) {
      if (this.src[w] === '(') level++;
      else if (this.src[w] === ')') level--;
    }
    while (w < lineEnd && /\s/.test(this.src[w] as string)) w++;
    return w >= lineEnd || !AFTER_FUNCTION_PARENS.includes(this.src[w] as string);
  }

  private useStatement(start: number, line: number): Statement {
    this.skipSpace();
    const module = this.word();
    this.skipSpace();
    if ((module !== 'strict' && module !== 'warnings') || !this.atStatementEnd()) return this.unsupported(start);
    if (module === 'warnings') this.warnings = true;
    return { kind: 'use', line };
  }

  /** A bare constant: perl 5.36 exempts 0 and 1 from "Useless use" (`perl -de0`'s program is `0`). */
  private constantStatement(start: number, line: number): Statement {
    const term = this.term(start);
    if (term.kind !== 'number') return this.unsupported(start);
    const shown = formatNumber(term.literal, term.negative, this.context.mode);
    if (this.warnings && shown !== '0' && shown !== '1') {
      this.compileWarnings.push(`Useless use of a constant (${shown}) in void context at ${this.context.name} line ${line}.\n`);
    }
    return { kind: 'nothing', line };
  }

  /** `LIST`, `(LIST)` or nothing, up to the end of the statement. */
  private listArguments(start: number): Expression[] {
    this.skipSpace();
    if (this.atStatementEnd()) return [];
    if (this.src[this.pos] !== '(') return this.items(start);
    this.pos++;
    const args = this.items(start);
    this.expect(')', start);
    this.skipSpace();
    if (!this.atStatementEnd()) this.unsupported(start);
    return args;
  }

  private items(start: number): Expression[] {
    const items: Expression[] = [];
    for (;;) {
      this.skipSpace();
      if (this.atStatementEnd() || this.src[this.pos] === ')') return items;
      items.push(this.expression(start));
      this.skipSpace();
      if (this.src[this.pos] !== ',') return items;
      this.pos++;
    }
  }

  private expression(start: number): Expression {
    const terms = [this.term(start)];
    for (;;) {
      this.skipSpace();
      // `..` is the range operator and `.=` an assignment: neither is concatenation.
      if (this.src[this.pos] !== '.' || this.src[this.pos + 1] === '.' || this.src[this.pos + 1] === '=') return terms;
      this.pos++;
      this.skipSpace();
      terms.push(this.term(start));
    }
  }

  private term(start: number): Term {
    const c = this.src[this.pos];
    if (c === '"') return { kind: 'string', value: this.doubleQuoted(start) };
    if (c === "'") return { kind: 'string', value: this.singleQuoted(start) };
    if (c === '-') {
      this.pos++;
      this.skipSpace();
      const number = this.number(start);
      return number ? { ...number, negative: !number.negative } : this.unsupported(start);
    }
    const number = this.number(start);
    if (number) return number;
    const wordStart = this.pos;
    if (this.word() === 'bpi') return this.bpiCall(start, wordStart);
    return this.unsupported(start);
  }

  private number(start: number): Extract<Term, { kind: 'number' }> | undefined {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.src);
    if (!match) return undefined;
    this.pos += match[0].length;
    // `1.2.3` is a v-string and `5x` no number at all.
    if (/^(\.\d|[\w])/.test(this.src.slice(this.pos, this.pos + 2))) this.unsupported(start);
    const literal = parseNumberLiteral(match[0]);
    return literal ? { kind: 'number', literal, negative: false } : this.unsupported(start);
  }

  /** bignum's `bpi($)`: one argument, a compile error with none or two (as its prototype makes them). */
  private bpiCall(start: number, wordStart: number): Term {
    const line = this.lineAt(wordStart);
    const exporter = this.context.bpiExporter;
    this.skipSpace();
    if (this.src[this.pos] !== '(') {
      // `bpi 5` parses only with the prototype in place; without it perl sees a bareword then a number.
      const argument = exporter === undefined ? undefined : this.number(start);
      this.skipSpace();
      if (!argument || !(this.atStatementEnd() || this.src[this.pos] === ',' || this.src[this.pos] === ')')) return this.unsupported(start);
      return { kind: 'bpi', digits: this.integerArgument(argument, start), exporter, line };
    }
    const open = this.pos;
    this.pos++;
    const args = this.items(start);
    this.expect(')', start);
    const near = this.src.slice(args.length > 1 ? this.lastArgumentStart(open) : open, this.pos) + this.trailingSpace();
    if (exporter !== undefined && args.length !== 1) {
      const problem = args.length === 0 ? 'Not enough' : 'Too many';
      this.compileError(`${problem} arguments for ${exporter}::bpi at ${this.context.name} line ${line}, near "${near}"\n`);
    }
    const argument = args[0];
    if (argument === undefined || argument.length !== 1 || argument[0]?.kind !== 'number') {
      // Without the import perl looks `bpi` up only when it runs, so any arguments do for the error.
      return exporter === undefined && args.length === 0 ? { kind: 'bpi', digits: 0, exporter, line } : this.unsupported(start);
    }
    return { kind: 'bpi', digits: this.integerArgument(argument[0], start), exporter, line };
  }

  private integerArgument(term: Extract<Term, { kind: 'number' }>, start: number): number {
    if (term.literal.kind !== 'integer' || term.literal.value > BigInt(Number.MAX_SAFE_INTEGER)) return this.unsupported(start);
    const value = Number(term.literal.value);
    // kubespec's bound on the work, not perl's: see MAX_BPI_DIGITS.
    if (value > MAX_BPI_DIGITS) return this.unsupported(start);
    return term.negative ? -value : value;
  }

  private lastArgumentStart(open: number): number {
    const comma = this.src.lastIndexOf(',', this.pos - 1);
    let at = comma > open ? comma + 1 : open + 1;
    while (/\s/.test(this.src[at] as string)) at++;
    return at;
  }

  private trailingSpace(): string {
    const from = this.pos;
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] as string)) this.pos++;
    const space = this.src.slice(from, this.pos);
    this.pos = from;
    return space;
  }

  private singleQuoted(start: number): string {
    let value = '';
    for (let i = this.pos + 1; i < this.src.length; i++) {
      const c = this.src[i] as string;
      if (c === "'") {
        this.pos = i + 1;
        return value;
      }
      if (c === '\\' && (this.src[i + 1] === "'" || this.src[i + 1] === '\\')) value += this.src[++i];
      else value += c;
    }
    return this.unsupported(start);
  }

  /** Escapes only: interpolating `$x` or `@x` needs variables, which the subset has none of. */
  private doubleQuoted(start: number): string {
    let value = '';
    for (let i = this.pos + 1; i < this.src.length; i++) {
      const c = this.src[i] as string;
      if (c === '"') {
        this.pos = i + 1;
        return value;
      }
      if (c === '$' || (c === '@' && /[\w{$:]/.test(this.src[i + 1] ?? ''))) return this.unsupported(start);
      if (c !== '\\') {
        value += c;
        continue;
      }
      const escaped = DOUBLE_QUOTE_ESCAPES[this.src[++i] ?? ''];
      if (escaped === undefined) return this.unsupported(start);
      value += escaped;
    }
    return this.unsupported(start);
  }

  /** `exit`, `exit N`, `exit(N)`, `exit -N`: the subset takes a numeric literal or nothing. */
  private optionalNumber(start: number): number | undefined {
    const args = this.listArguments(start);
    if (args.length === 0) return undefined;
    const term = args[0]?.[0];
    if (args.length !== 1 || args[0]?.length !== 1 || term?.kind !== 'number') return this.unsupported(start);
    const value = Number(formatNumber(term.literal, term.negative, 'native'));
    return Number.isFinite(value) ? value : this.unsupported(start);
  }

  private word(): string | undefined {
    WORD.lastIndex = this.pos;
    const match = WORD.exec(this.src);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  private expect(char: string, start: number): void {
    this.skipSpace();
    if (this.src[this.pos] !== char) this.unsupported(start);
    this.pos++;
  }

  /** Whitespace and `#` comments; `__END__` and `__DATA__` end the program. */
  private skipSpace(): void {
    for (;;) {
      while (this.pos < this.src.length && /\s/.test(this.src[this.pos] as string)) this.pos++;
      if (this.src[this.pos] !== '#') return;
      this.pos = this.lineEnd(this.pos);
    }
  }

  private atEnd(): boolean {
    if (this.pos >= this.src.length) return true;
    const rest = /^__(END|DATA)__\b/.test(this.src.slice(this.pos, this.pos + 9));
    return rest && (this.pos === 0 || this.src[this.pos - 1] === '\n');
  }

  private atStatementEnd(): boolean {
    return this.atEnd() || this.src[this.pos] === ';';
  }

  /** The index just past the newline ending the line at `from` (perl's line buffer includes it). */
  private lineEnd(from: number): number {
    const newline = this.src.indexOf('\n', from);
    return newline === -1 ? this.src.length : newline + 1;
  }

  private lineAt(pos: number): number {
    let line = 1;
    for (let i = this.src.indexOf('\n'); i !== -1 && i < pos; i = this.src.indexOf('\n', i + 1)) line++;
    return line;
  }

  private compileError(message: string): never {
    throw new Stop({ ok: false, kind: 'compile-error', message: `${message}Execution of ${this.context.name} aborted due to compilation errors.\n` });
  }

  /** The statement at `start`, up to its `;` or the end of its line, as the code the subset cannot run. */
  private unsupported(start: number): never {
    const semicolon = this.src.indexOf(';', start);
    const end = semicolon === -1 ? this.lineEnd(start) : Math.min(semicolon + 1, this.lineEnd(start));
    throw new Stop({ ok: false, kind: 'unsupported', code: this.src.slice(start, end).trim(), line: this.lineAt(start) });
  }
}
