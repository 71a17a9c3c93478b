import { FsError, joinPath, type FsStat } from '../../vfs';
import type { Program, ProgramIO } from '../../program';

/**
 * `test EXPR`, `[ EXPR ]` and ash's `[[ EXPR ]]` (POSIX test(1), busybox coreutils/test.c): file tests, string and
 * integer comparisons, `!`, `-a`, `-o` and parentheses. Status 0 true, 1 false, 2 on error.
 */
export const test: Program = function* (io) {
  let args = io.argv.slice(1);
  const closing = io.argv[0] === '[[' ? ']]' : io.argv[0] === '[' || io.argv[0]?.endsWith('/[') ? ']' : undefined;
  if (closing !== undefined) {
    if (args[args.length - 1] !== closing) {
      io.stderr(`${closing === ']]' ? '[[' : '['}: missing ${closing}\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return new TestEvaluator(io, args).evaluate() ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestError)) throw error;
    io.stderr(`${io.argv[0] === '[' || io.argv[0] === '[[' ? io.argv[0] : 'test'}: ${error.message}\n`);
    return 2;
  }
};

class TestError extends Error {}

const UNARY_FILE = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-p', '-b', '-c', '-S']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>']);

class TestEvaluator {
  private index = 0;

  constructor(
    private readonly io: ProgramIO,
    private readonly args: readonly string[],
  ) {}

  evaluate(): boolean {
    if (this.args.length === 0) return false;
    const result = this.or();
    if (this.index < this.args.length) throw new TestError(`${this.args[this.index]}: unknown operand`);
    return result;
  }

  private or(): boolean {
    let value = this.and();
    while (this.args[this.index] === '-o') {
      this.index++;
      value = this.and() || value;
    }
    return value;
  }

  private and(): boolean {
    let value = this.not();
    while (this.args[this.index] === '-a') {
      this.index++;
      value = this.not() && value;
    }
    return value;
  }

  private not(): boolean {
    if (this.args[this.index] === '!' && this.index + 1 < this.args.length) {
      this.index++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const [a, b, c] = this.args.slice(this.index, this.index + 3);
    if (a === '(' && this.args.length - this.index > 1 && !(b !== undefined && BINARY.has(b) && c === ')')) {
      this.index++;
      const value = this.or();
      if (this.args[this.index++] !== ')') throw new TestError('missing )');
      return value;
    }
    if (b !== undefined && BINARY.has(b) && c !== undefined) {
      this.index += 3;
      return compare(a as string, b, c);
    }
    if (a !== undefined && (UNARY_FILE.has(a) || a === '-n' || a === '-z') && b !== undefined) {
      this.index += 2;
      return a === '-n' ? b !== '' : a === '-z' ? b === '' : this.fileTest(a, b);
    }
    this.index++;
    return (a ?? '') !== '';
  }

  private fileTest(op: string, operand: string): boolean {
    const fs = this.io.sys.fs;
    const path = joinPath(this.io.cwd, operand);
    let stat: FsStat;
    try {
      stat = op === '-L' || op === '-h' ? fs.lstat(path) : fs.stat(path);
    } catch (error) {
      if (error instanceof FsError) return false;
      throw error;
    }
    switch (op) {
      case '-f': return stat.kind === 'file';
      case '-d': return stat.kind === 'dir';
      case '-s': return stat.size > 0 && stat.kind === 'file';
      case '-L':
      case '-h': return stat.kind === 'symlink';
      case '-c': return stat.kind === 'device';
      case '-x': return stat.kind === 'dir' || (stat.mode & 0o111) !== 0;
      case '-p':
      case '-b':
      case '-S': return false;
      default: return true;
    }
  }
}

function compare(a: string, op: string, b: string): boolean {
  if (op === '=' || op === '==') return a === b;
  if (op === '!=') return a !== b;
  if (op === '<') return a < b;
  if (op === '>') return a > b;
  const x = toInteger(a);
  const y = toInteger(b);
  return { '-eq': x === y, '-ne': x !== y, '-lt': x < y, '-le': x <= y, '-gt': x > y, '-ge': x >= y }[op] ?? false;
}

function toInteger(text: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(text)) throw new TestError(`invalid number '${text}'`);
  return Number(text);
}
