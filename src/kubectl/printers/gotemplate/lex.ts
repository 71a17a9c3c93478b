/**
 * The lexer of Go's text/template (src/text/template/parse/lex.go) for kubectl's `-o go-template`: text, actions
 * between `{{` and `}}`, trim markers (`{{- ` and ` -}}` eat the whitespace beside them) and comments
 * (`{{/* … *\/}}`). Errors carry the line, as parse errors print `template: output:LINE: …`.
 */
export type TokenType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'identifier' | 'keyword' | 'field' | 'variable' | 'string'
  | 'rawString' | 'char' | 'number' | 'bool' | 'nil' | 'dot' | 'pipe' | 'leftParen' | 'rightParen' | 'declare'
  | 'assign' | 'comma' | 'punctuation' | 'eof';

export interface Token {
  type: TokenType;
  value: string;
  pos: number;
  line: number;
}

export class TemplateSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const SPACE = /[ \t\r\n]/;
const ALNUM = /[\p{L}\p{Nd}_]/u;

export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const lineAt = (at: number) => 1 + (input.slice(0, at).match(/\n/g)?.length ?? 0);
  const emit = (type: TokenType, start: number, end: number) => tokens.push({ type, value: input.slice(start, end), pos: start, line: lineAt(start) });
  const fail = (at: number, message: string): never => {
    throw new TemplateSyntaxError(lineAt(at), message);
  };
  let trimNext = false;
  while (pos < input.length) {
    const open = input.indexOf('{{', pos);
    let textEnd = open < 0 ? input.length : open;
    const trimLeft = open >= 0 && input[open + 2] === '-' && SPACE.test(input[open + 3] ?? '');
    let textStart = pos;
    if (trimNext) while (textStart < textEnd && SPACE.test(input[textStart]!)) textStart++;
    if (trimLeft) while (textEnd > textStart && SPACE.test(input[textEnd - 1]!)) textEnd--;
    if (textEnd > textStart) emit('text', textStart, textEnd);
    if (open < 0) break;
    pos = open + (trimLeft ? 4 : 2);
    [pos, trimNext] = lexAction(input, pos, open, tokens, emit, fail);
  }
  tokens.push({ type: 'eof', value: '', pos: input.length, line: lineAt(input.length) });
  return tokens;
}

type Emit = (type: TokenType, start: number, end: number) => void;
type Fail = (at: number, message: string) => never;

/** One action from after its `{{` to after its `}}`; returns that position and whether ` -}}` trims what follows. */
function lexAction(input: string, pos: number, open: number, tokens: Token[], emit: Emit, fail: Fail): [number, boolean] {
  const atRight = (at: number): [boolean, boolean] => {
    if (input.startsWith(' -}}', at) || input.startsWith('\t-}}', at) || input.startsWith('\n-}}', at) || input.startsWith('\r-}}', at)) return [true, true];
    return [input.startsWith('}}', at), false];
  };
  let start = pos;
  while (SPACE.test(input[start] ?? '')) start++;
  if (input.startsWith('/*', start)) {
    const close = input.indexOf('*/', start + 2);
    if (close < 0) fail(open, 'unclosed comment');
    const [isRight, trim] = atRight(close + 2);
    if (!isRight) fail(open, 'comment ends before closing delimiter');
    return [close + 2 + (trim ? 4 : 2), trim];
  }
  emit('leftDelim', open, open + 2);
  let depth = 0;
  for (;;) {
    const [isRight, trim] = atRight(pos);
    if (isRight && depth > 0) fail(pos, 'unclosed left paren');
    if (isRight) {
      emit('rightDelim', trim ? pos + 2 : pos, trim ? pos + 4 : pos + 2);
      return [pos + (trim ? 4 : 2), trim];
    }
    const c = input[pos];
    if (c === undefined) fail(pos, 'unclosed action');
    if (SPACE.test(c!)) {
      const s = pos;
      while (SPACE.test(input[pos] ?? '') && !atRight(pos)[1]) pos++;
      emit('space', s, pos);
    } else if (c === ':') {
      if (input[pos + 1] !== '=') fail(pos, 'expected :=');
      emit('declare', pos, (pos += 2));
    } else if (c === '=' || c === '|' || c === ',') {
      emit(c === '=' ? 'assign' : c === '|' ? 'pipe' : 'comma', pos, ++pos);
    } else if (c === '(' || c === ')') {
      depth += c === '(' ? 1 : -1;
      if (depth < 0) fail(pos, `unexpected right paren`);
      emit(c === '(' ? 'leftParen' : 'rightParen', pos, ++pos);
    } else if (c === '"' || c === '`' || c === "'") pos = lexQuote(input, pos, c, emit, fail);
    else if (c === '$') pos = lexWord(input, pos, pos + 1, 'variable', emit);
    else if (c === '.' && /[0-9]/.test(input[pos + 1] ?? '')) pos = lexNumber(input, pos, emit);
    else if (c === '.') pos = ALNUM.test(input[pos + 1] ?? '') ? lexWord(input, pos, pos + 1, 'field', emit) : (emit('dot', pos, pos + 1), pos + 1);
    else if (/[0-9+-]/.test(c!)) pos = lexNumber(input, pos, emit);
    else if (ALNUM.test(c!)) pos = lexIdentifier(input, pos, emit);
    // Printable ASCII the grammar has no use for reaches the parser, which reports it as unexpected.
    else if (/[!-~]/.test(c!)) emit('punctuation', pos, ++pos);
    else fail(pos, `unrecognized character in action: ${goRune(c!)}`);
    if (WORD_TYPES.has(tokens[tokens.length - 1]!.type) && !atTerminator(input, pos)) fail(pos, `bad character ${goRune(input[pos]!)}`);
  }
}

const WORD_TYPES = new Set<TokenType>(['field', 'variable', 'identifier', 'keyword', 'bool', 'nil']);

/** What may follow a word: space, the end, punctuation that starts the next token, or the closing delimiter. */
function atTerminator(input: string, pos: number): boolean {
  const c = input[pos];
  return c === undefined || SPACE.test(c) || '.,|:)('.includes(c) || input.startsWith('}}', pos);
}

function lexWord(input: string, start: number, pos: number, type: TokenType, emit: Emit): number {
  while (ALNUM.test(input[pos] ?? '')) pos++;
  emit(type, start, pos);
  return pos;
}

function lexIdentifier(input: string, start: number, emit: Emit): number {
  let pos = start;
  while (ALNUM.test(input[pos] ?? '')) pos++;
  const word = input.slice(start, pos);
  emit(KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'identifier', start, pos);
  return pos;
}

/** Go's number syntax, checked later by the parser: sign, 0x/0o/0b prefixes, underscores, fractions, exponents. */
function lexNumber(input: string, start: number, emit: Emit): number {
  const match = /^[+-]?(0[xX][0-9a-fA-F_.]*([pP][+-]?[0-9_]+)?|0[bBoO][0-9_]*|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?)/.exec(input.slice(start))!;
  const end = start + Math.max(match[0].length, 1);
  emit('number', start, end);
  return end;
}

function lexQuote(input: string, start: number, quote: string, emit: Emit, fail: Fail): number {
  let pos = start + 1;
  for (;;) {
    const c = input[pos];
    if (c === undefined || (quote !== '`' && c === '\n')) fail(start, quote === '`' ? 'unterminated raw quoted string' : quote === '"' ? 'unterminated quoted string' : 'unterminated character constant');
    if (c === '\\' && quote !== '`') pos++;
    else if (c === quote) break;
    pos++;
  }
  emit(quote === '`' ? 'rawString' : quote === '"' ? 'string' : 'char', start, pos + 1);
  return pos + 1;
}

/** fmt's `%#U`: `U+0040 '@'`. */
function goRune(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}
