/**
 * Recursive-descent parser for the POSIX shell grammar (Shell Command Language §2.10), with
 * busybox ash's syntax-error wording. Reserved words are recognised only in command position.
 */
import type {
  AndOrNode, Assignment, CaseNode, CommandNode, ForNode, GroupNode, IfNode, ListNode, LoopNode,
  PipelineNode, Redirect, RedirectOp, SimpleCommand, Word,
} from './ast';
import type { ShellFlavour } from '../images/image-spec';
import { Lexer, type SubstitutionParser, type Token } from './lexer';
import { ShellSyntaxError, unexpected } from './syntax-error';

/** Words that end a compound list when they appear where a command would start. */
const TERMINATORS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const RESERVED = new Set([...TERMINATORS, 'if', 'while', 'until', 'for', 'case', 'in', '{', '!']);
const REDIRECT_OPS = new Set<string>(['>', '>>', '<', '>&', '<&', '>|', '<>', '<<', '<<-']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function substitutionsFor(bash: boolean): SubstitutionParser {
  const self: SubstitutionParser = {
    untilParen(src, start) {
      const parser = new Parser(new Lexer(src, start, self));
      return { program: parser.substitution(), end: parser.lexerPosition() };
    },
    whole: (src) => new Parser(new Lexer(src, 0, self)).program(),
    bash,
  };
  return self;
}

/** How `$(…)` and backquote bodies are parsed while lexing (exported for lexer tests). */
export const substitutions = substitutionsFor(false);
const bashSubstitutions = substitutionsFor(true);

/**
 * Parses a whole script; throws ShellSyntaxError with ash's message. Only bash's grammar has arrays,
 * so ash and dash reject `a=(x)` at the `(` as busybox and dash do.
 */
export function parseScript(src: string, flavour: ShellFlavour = 'ash'): ListNode {
  return new Parser(new Lexer(src, 0, flavour === 'bash' ? bashSubstitutions : substitutions)).program();
}

class Parser {
  private peeked: Token | undefined;

  constructor(private readonly lexer: Lexer) {}

  lexerPosition(): number {
    return this.lexer.pos;
  }

  program(): ListNode {
    const list = this.compoundList();
    const token = this.peek();
    if (token.kind !== 'eof') throw unexpected(describe(token));
    return list;
  }

  /** The body of `$(…)`, consuming the closing parenthesis. */
  substitution(): ListNode {
    const list = this.compoundList();
    const token = this.take();
    if (token.kind !== 'op' || token.op !== ')') throw unexpected(describe(token), ')');
    return list;
  }

  private peek(): Token {
    this.peeked ??= this.lexer.next();
    return this.peeked;
  }

  private take(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.take();
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.op === op;
  }

  private isReserved(word: string): boolean {
    return reservedWord(this.peek()) === word;
  }

  private expect(word: string): void {
    if (!this.isReserved(word)) throw unexpected(describe(this.peek()), word);
    this.take();
  }

  private compoundList(): ListNode {
    const items: ListNode['items'] = [];
    this.skipNewlines();
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof' || this.isOp(')') || this.isOp(';;')) break;
      if (TERMINATORS.has(reservedWord(token) ?? '')) break;
      const command = this.andOr();
      const separator = this.peek();
      if (separator.kind === 'op' && (separator.op === ';' || separator.op === '&')) {
        this.take();
        items.push({ command, background: separator.op === '&' });
      } else if (separator.kind === 'newline') {
        items.push({ command, background: false });
      } else {
        items.push({ command, background: false });
        break;
      }
      this.skipNewlines();
    }
    return { kind: 'list', items };
  }

  /** A compound list that must hold at least one command (`do done` is an error). */
  private body(): ListNode {
    const list = this.compoundList();
    if (list.items.length === 0) throw unexpected(describe(this.peek()));
    return list;
  }

  private andOr(): AndOrNode {
    const first = this.pipeline();
    const rest: AndOrNode['rest'] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'op' || (token.op !== '&&' && token.op !== '||')) break;
      this.take();
      this.skipNewlines();
      rest.push({ op: token.op, pipeline: this.pipeline() });
    }
    return { kind: 'andor', first, rest };
  }

  private pipeline(): PipelineNode {
    const negated = this.isReserved('!');
    if (negated) this.take();
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.take();
      this.skipNewlines();
      commands.push(this.command());
    }
    return { kind: 'pipeline', negated, commands };
  }

  private command(): CommandNode {
    const word = reservedWord(this.peek());
    if (word === 'if') return this.withRedirects(this.ifClause());
    if (word === 'while' || word === 'until') return this.withRedirects(this.loop(word));
    if (word === 'for') return this.withRedirects(this.forClause());
    if (word === 'case') return this.withRedirects(this.caseClause());
    if (word === '{') return this.withRedirects(this.group());
    if (word !== undefined && word !== 'in' && RESERVED.has(word)) throw unexpected(word);
    if (this.isOp('(')) return this.withRedirects(this.subshell());
    return this.simpleCommand();
  }

  private withRedirects<T extends Exclude<CommandNode, SimpleCommand | { kind: 'function' }>>(node: T): T {
    for (let redirect = this.redirect(); redirect; redirect = this.redirect()) node.redirects.push(redirect);
    return node;
  }

  private ifClause(): IfNode {
    this.take();
    const clauses: IfNode['clauses'] = [];
    let elseBody: ListNode | undefined;
    for (;;) {
      const condition = this.body();
      this.expect('then');
      clauses.push({ condition, body: this.body() });
      if (this.isReserved('elif')) {
        this.take();
        continue;
      }
      if (this.isReserved('else')) {
        this.take();
        elseBody = this.body();
      }
      this.expect('fi');
      return { kind: 'if', clauses, elseBody, redirects: [] };
    }
  }

  private loop(kind: 'while' | 'until'): LoopNode {
    this.take();
    const condition = this.body();
    this.expect('do');
    const body = this.body();
    this.expect('done');
    return { kind, condition, body, redirects: [] };
  }

  private forClause(): ForNode {
    this.take();
    const nameToken = this.take();
    if (nameToken.kind !== 'word' || !NAME.test(nameToken.word.text)) throw new ShellSyntaxError('bad for loop variable');
    this.skipNewlines();
    let items: Word[] | undefined;
    if (this.isReserved('in')) {
      this.take();
      items = [];
      for (let token = this.peek(); token.kind === 'word'; token = this.peek()) items.push((this.take() as { word: Word }).word);
      if (this.isOp(';') || this.peek().kind === 'newline') this.take();
      else throw unexpected(describe(this.peek()), 'do');
    } else if (this.isOp(';')) this.take();
    this.skipNewlines();
    this.expect('do');
    const body = this.body();
    this.expect('done');
    return { kind: 'for', name: nameToken.word.text, items, body, redirects: [] };
  }

  private caseClause(): CaseNode {
    this.take();
    const subjectToken = this.take();
    if (subjectToken.kind !== 'word') throw unexpected(describe(subjectToken), 'word');
    this.skipNewlines();
    this.expect('in');
    this.skipNewlines();
    const items: CaseNode['items'] = [];
    while (!this.isReserved('esac')) {
      if (this.isOp('(')) this.take();
      const patterns = [this.patternWord()];
      while (this.isOp('|')) {
        this.take();
        patterns.push(this.patternWord());
      }
      if (!this.isOp(')')) throw unexpected(describe(this.peek()), ')');
      this.take();
      const list = this.compoundList();
      items.push({ patterns, body: list.items.length > 0 ? list : undefined });
      if (this.isOp(';;')) this.take();
      else if (!this.isReserved('esac')) throw unexpected(describe(this.peek()), 'esac');
      this.skipNewlines();
    }
    this.take();
    return { kind: 'case', subject: subjectToken.word, items, redirects: [] };
  }

  private patternWord(): Word {
    const token = this.take();
    if (token.kind !== 'word') throw unexpected(describe(token), 'word');
    return token.word;
  }

  private group(): GroupNode {
    this.take();
    const body = this.body();
    this.expect('}');
    return { kind: 'group', body, redirects: [] };
  }

  private subshell(): GroupNode {
    this.take();
    const body = this.body();
    if (!this.isOp(')')) throw unexpected(describe(this.peek()), ')');
    this.take();
    return { kind: 'subshell', body, redirects: [] };
  }

  private simpleCommand(): CommandNode {
    this.peek();
    const line = this.lexer.lineAt(this.lexer.tokenStart);
    const command: SimpleCommand = { kind: 'simple', line, assignments: [], words: [], redirects: [] };
    for (;;) {
      const redirect = this.redirect();
      if (redirect) {
        command.redirects.push(redirect);
        continue;
      }
      const token = this.peek();
      if (token.kind !== 'word') break;
      this.take();
      const assignment = command.words.length === 0 ? asAssignment(token.word) : undefined;
      if (assignment) command.assignments.push(assignment);
      else command.words.push(token.word);
      if (command.words.length === 1 && command.assignments.length === 0 && this.isOp('(')) return this.functionDefinition(token.word);
      if (token.word.bashAssignment?.items && !assignment) throw unexpected('(');
    }
    if (command.words.length + command.assignments.length + command.redirects.length === 0) throw unexpected(describe(this.peek()));
    return command;
  }

  private functionDefinition(name: Word): CommandNode {
    this.take();
    if (!this.isOp(')')) throw unexpected(describe(this.peek()), ')');
    this.take();
    if (!NAME.test(name.text)) throw new ShellSyntaxError('bad function name');
    this.skipNewlines();
    return { kind: 'function', name: name.text, body: this.command() };
  }

  private redirect(): Redirect | undefined {
    let fd: number | undefined;
    const first = this.peek();
    if (first.kind === 'ionumber') {
      fd = first.fd;
      this.take();
    }
    const token = this.peek();
    if (token.kind !== 'op' || !REDIRECT_OPS.has(token.op)) {
      if (fd !== undefined) throw unexpected(describe(token));
      return undefined;
    }
    this.take();
    const target = this.take();
    if (target.kind !== 'word') throw unexpected(describe(target), 'word');
    const redirect: Redirect = { fd, op: token.op as RedirectOp, target: target.word };
    if (token.op === '<<' || token.op === '<<-') {
      redirect.heredoc = { body: { parts: [], text: '' } };
      this.lexer.registerHeredoc(redirect.heredoc, target.word, token.op === '<<-');
    }
    return redirect;
  }
}

function reservedWord(token: Token): string | undefined {
  if (token.kind !== 'word' || token.word.parts.length !== 1) return undefined;
  const part = token.word.parts[0];
  return part?.kind === 'literal' && !part.quoted && RESERVED.has(part.text) ? part.text : undefined;
}

/** The token class ash names in "unexpected …" messages. */
function describe(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of file';
    case 'newline':
      return 'newline';
    case 'ionumber':
      return 'redirection';
    case 'op':
      return REDIRECT_OPS.has(token.op) ? 'redirection' : token.op;
    case 'word':
      return reservedWord(token) ?? 'word';
  }
}

/** `NAME=value` as the first words of a simple command (§2.9.1). */
function asAssignment(word: Word): Assignment | undefined {
  if (word.bashAssignment) {
    const { name, value, subscript, append, items } = word.bashAssignment;
    return { name, value, append, ...(subscript ? { subscript } : {}), ...(items ? { items } : {}) };
  }
  const first = word.parts[0];
  if (first?.kind !== 'literal' || first.quoted) return undefined;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!match) return undefined;
  const rest = first.text.slice(match[0].length);
  const parts = [...(rest ? [{ ...first, text: rest }] : []), ...word.parts.slice(1)];
  return { name: match[1] as string, value: { parts, text: word.text.slice(match[0].length) } };
}
