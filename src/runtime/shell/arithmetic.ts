/**
 * `$((…))` evaluation (§2.6.4): C integer arithmetic with variables, assignment operators and
 * `++`/`--`. Numbers are JavaScript doubles truncated to integers, which is exact below 2^53 — far
 * beyond what counters in pod scripts reach. Errors use busybox's wording.
 */
import { ShellFatal } from './control-flow';

export interface ArithmeticVariables {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

const OPERATORS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '+', '-', '*', '/', '%', '<', '>', '&', '|', '^', '!', '~', '?', ':', '=', '(', ')'];
const ASSIGNMENTS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']);
const BINARY: Readonly<Record<string, number>> = {
  '||': 3, '&&': 4, '|': 5, '^': 6, '&': 7, '==': 8, '!=': 8, '<': 9, '<=': 9, '>': 9, '>=': 9,
  '<<': 10, '>>': 10, '+': 11, '-': 11, '*': 12, '/': 12, '%': 12, '**': 13,
};

export function evaluateArithmetic(expression: string, vars: ArithmeticVariables): number {
  const parser = new ArithmeticParser(tokenize(expression), vars);
  if (parser.done()) return 0;
  const value = parser.expression(0);
  if (!parser.done()) throw syntaxError();
  return value;
}

function syntaxError(): ShellFatal {
  return new ShellFatal('arithmetic syntax error');
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    const word = /^(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
    const token = space?.[0] ?? word?.[0] ?? op;
    if (token === undefined) throw syntaxError();
    if (!space) tokens.push(token);
    i += token.length;
  }
  return tokens;
}

class ArithmeticParser {
  private index = 0;

  constructor(
    private readonly tokens: string[],
    private readonly vars: ArithmeticVariables,
  ) {}

  done(): boolean {
    return this.index >= this.tokens.length;
  }

  expression(minPrecedence: number): number {
    let left = this.unary();
    for (;;) {
      const op = this.tokens[this.index];
      if (op === '?' && minPrecedence <= 2) {
        this.index++;
        const whenTrue = this.expression(0);
        if (this.tokens[this.index++] !== ':') throw syntaxError();
        const whenFalse = this.expression(2);
        left = left !== 0 ? whenTrue : whenFalse;
        continue;
      }
      const precedence = op === undefined ? undefined : BINARY[op];
      if (precedence === undefined || precedence < minPrecedence) return left;
      this.index++;
      const right = this.expression(op === '**' ? precedence : precedence + 1);
      left = applyBinary(op as string, left, right);
    }
  }

  private unary(): number {
    const token = this.tokens[this.index++];
    if (token === undefined) throw syntaxError();
    if (token === '(') {
      const value = this.expression(0);
      if (this.tokens[this.index++] !== ')') throw syntaxError();
      return value;
    }
    if (token === '-') return -this.unary();
    if (token === '+') return this.unary();
    if (token === '!') return this.unary() === 0 ? 1 : 0;
    if (token === '~') return ~this.unary();
    if (token === '++' || token === '--') return this.increment(this.tokens[this.index++], token === '++' ? 1 : -1, true);
    if (/^[A-Za-z_]/.test(token)) return this.variable(token);
    return parseNumber(token);
  }

  private variable(name: string): number {
    const next = this.tokens[this.index];
    if (next === '++' || next === '--') {
      this.index++;
      return this.increment(name, next === '++' ? 1 : -1, false);
    }
    if (next !== undefined && ASSIGNMENTS.has(next)) {
      this.index++;
      const right = this.expression(1);
      const value = next === '=' ? right : applyBinary(next.slice(0, -1), this.read(name), right);
      this.vars.set(name, String(value));
      return value;
    }
    return this.read(name);
  }

  private increment(name: string | undefined, delta: number, prefix: boolean): number {
    if (name === undefined || !/^[A-Za-z_]/.test(name)) throw syntaxError();
    const before = this.read(name);
    this.vars.set(name, String(before + delta));
    return prefix ? before + delta : before;
  }

  /** A variable's value is itself an arithmetic expression; unset or empty is 0. */
  private read(name: string): number {
    const raw = (this.vars.get(name) ?? '').trim();
    if (raw === '') return 0;
    if (/^-?(0[xX][0-9a-fA-F]+|\d+)$/.test(raw)) return raw.startsWith('-') ? -parseNumber(raw.slice(1)) : parseNumber(raw);
    return evaluateArithmetic(raw, this.vars);
  }
}

function parseNumber(token: string): number {
  if (/^0[xX][0-9a-fA-F]+$/.test(token)) return parseInt(token.slice(2), 16);
  if (/^0[0-7]+$/.test(token)) return parseInt(token, 8);
  if (/^\d+$/.test(token)) return parseInt(token, 10);
  throw syntaxError();
}

function applyBinary(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
    case '%':
      if (b === 0) throw new ShellFatal('divide by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    case '**': return a ** b;
    case '<<': return a << b;
    case '>>': return a >> b;
    case '<': return Number(a < b);
    case '<=': return Number(a <= b);
    case '>': return Number(a > b);
    case '>=': return Number(a >= b);
    case '==': return Number(a === b);
    case '!=': return Number(a !== b);
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '&&': return Number(a !== 0 && b !== 0);
    case '||': return Number(a !== 0 || b !== 0);
    default: throw syntaxError();
  }
}
