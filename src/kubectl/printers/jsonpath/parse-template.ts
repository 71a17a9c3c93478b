/**
 * The jsonpath template parser of `kubectl -o jsonpath`, ported from k8s.io/client-go/util/jsonpath/parser.go:
 * text outside `{}` is printed as is; inside, `.field`, `[n]`, `[a:b:c]`, `[*]`, `[a,b]`, `['key']`,
 * `[?(@.x=="y")]`, `..`, `range`/`end`, quoted strings and numbers.
 */
import { type ListNode, type SliceParam, newList } from './nodes';

export class JsonPathSyntaxError extends Error {}

export function parseTemplate(text: string): ListNode {
  return new Parser(text).parse();
}

/** `parseAction`: parses `{text}` and returns the action's node list. */
function parseAction(text: string): ListNode {
  return parseTemplate(`{${text}}`).nodes[0] as ListNode;
}

class Parser {
  private pos = 0;
  private start = 0;
  private readonly root = newList();

  constructor(private readonly input: string) {}

  parse(): ListNode {
    this.parseText(this.root);
    return this.root;
  }

  private consume(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }

  private next(): string | undefined {
    if (this.pos >= this.input.length) return undefined;
    const c = String.fromCodePoint(this.input.codePointAt(this.pos)!);
    this.pos += c.length;
    return c;
  }

  private peek(): string | undefined {
    return this.pos >= this.input.length ? undefined : String.fromCodePoint(this.input.codePointAt(this.pos)!);
  }

  private backup(c: string | undefined): void {
    if (c !== undefined) this.pos -= c.length;
  }

  private parseText(cur: ListNode): void {
    while (!this.input.startsWith('{', this.pos)) {
      if (this.next() === undefined) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consume() });
        return;
      }
    }
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consume() });
    this.pos += 1;
    this.consume();
    const action = newList();
    cur.nodes.push(action);
    this.parseInsideAction(action);
  }

  private parseInsideAction(cur: ListNode): void {
    for (;;) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consume();
        return this.parseText(this.root);
      }
      if (rest.startsWith('[?(')) this.parseFilter(cur);
      else if (rest.startsWith('..')) this.parseRecursive(cur);
      else this.parseActionToken(cur);
    }
  }

  private parseActionToken(cur: ListNode): void {
    const r = this.next();
    if (r === undefined || r === '\r' || r === '\n') throw new JsonPathSyntaxError('unclosed action');
    if (r === ' ' || r === '@' || r === '$') this.consume();
    else if (r === '[') this.parseArray(cur);
    else if (r === '"' || r === "'") this.parseQuote(cur, r);
    else if (r === '.') this.parseField(cur);
    else if (r === '+' || r === '-' || isDigit(r)) {
      this.backup(r);
      this.parseNumber(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup(r);
      this.parseIdentifier(cur);
    } else throw new JsonPathSyntaxError(`unrecognized character in action: ${goRuneQuote(r)}`);
  }

  private parseIdentifier(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consume();
    cur.nodes.push(value === 'true' || value === 'false' ? { type: 'bool', value: value === 'true' } : { type: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') throw new JsonPathSyntaxError('invalid multiple recursive descent');
    this.pos += 2;
    this.consume();
    cur.nodes.push({ type: 'recursive' });
    const r = this.peek();
    if (r !== undefined && isAlphaNumeric(r)) this.parseField(cur);
  }

  private parseNumber(cur: ListNode): void {
    const first = this.peek();
    if (first === '+' || first === '-') this.next();
    for (let r = this.peek(); r === '.' || (r !== undefined && isDigit(r)); r = this.peek()) this.next();
    const value = this.consume();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) });
    else throw new JsonPathSyntaxError(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (let r = this.next(); r !== ']'; r = this.next()) {
      if (r === undefined || r === '\n') throw new JsonPathSyntaxError('unterminated array');
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((p) => parseAction(`[${p.trim()}]`)) });
      return;
    }
    const dictKey = /^'([^']*)'$/.exec(text);
    if (dictKey) {
      cur.nodes.push(...parseAction(`.${dictKey[1]}`).nodes);
      return;
    }
    cur.nodes.push({ type: 'array', params: sliceParams(text) });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new JsonPathSyntaxError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) break;
    }
    if (this.next() !== ']') throw new JsonPathSyntaxError('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: newList(), operator: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), operator: m[2]! });
  }

  private parseQuote(cur: ListNode, quote: string): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new JsonPathSyntaxError('unterminated quoted string');
      if (r === quote && this.input[this.pos - 2] !== '\\') break;
    }
    cur.nodes.push({ type: 'text', text: unquote(this.consume()) });
  }

  private parseField(cur: ListNode): void {
    this.consume();
    for (;;) {
      const r = this.next();
      if (r === '\\') this.next();
      else if (isTerminator(r)) {
        this.backup(r);
        break;
      }
    }
    const value = this.consume();
    cur.nodes.push(value === '*' ? { type: 'wildcard' } : { type: 'field', name: value.replace(/\\/g, '') });
  }
}

function sliceParams(text: string): [SliceParam, SliceParam, SliceParam] {
  const m = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/.exec(text);
  if (!m) throw new JsonPathSyntaxError(`invalid array index ${text}`);
  const params: SliceParam[] = [];
  for (let i = 0; i < 3; i++) {
    let raw = m[i + 1] ?? '';
    if (raw !== '') {
      if (i > 0) raw = raw.slice(1);
      params.push(i > 0 && raw === '' ? { value: 0, known: false, derived: false } : { value: Number(raw), known: true, derived: false });
    } else if (i === 1) {
      params.push({ value: params[0]!.value + 1, known: true, derived: true });
    } else {
      params.push({ value: 0, known: false, derived: false });
    }
  }
  return params as [SliceParam, SliceParam, SliceParam];
}

/** `UnquoteExtend`: Go string-literal unquoting for both quote styles. */
function unquote(s: string): string {
  const body = s.slice(1, -1);
  if (!body.includes('\\')) return body;
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    const out = escapes[e];
    if (out === undefined) throw new JsonPathSyntaxError(`unquote string ${s} error invalid syntax`);
    return out;
  });
}

function isTerminator(r: string | undefined): boolean {
  return r === undefined || ' \t\r\n.,[]$@{}'.includes(r);
}

function isDigit(r: string): boolean {
  return /^\p{Nd}$/u.test(r);
}

function isAlphaNumeric(r: string): boolean {
  return r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
}

/** Go's `%#U`: `U+0023 '#'`. */
function goRuneQuote(r: string): string {
  return `U+${r.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

