import type { Program } from '../../program';
import { fail, parseFlags } from './applet-errors';
import { lines, readInputs } from './input-files';

/**
 * `grep [-ivcqnlEFwx] [-e PATTERN] PATTERN [FILE…]`. Basic regular expressions are translated to
 * JavaScript ones (`\(`, `\|`, `\{` become groups, alternation and intervals). Status 0 when a line
 * matched, 1 when none did, 2 on error.
 */
export const grep: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1), 'e');
  const pattern = flags.has('e') ? (flags.get('e') as string) : operands.shift();
  if (pattern === undefined) {
    fail(io, 'grep', 'no pattern');
    return 2;
  }
  const regex = compile(pattern, flags);
  const { files, failed } = readInputs(io, 'grep', operands);
  const prefix = files.length > 1 && !flags.has('h');
  let matched = false;
  for (const file of files) {
    const hits = lines(file.text).map((line, n) => ({ line, n: n + 1 })).filter(({ line }) => regex.test(line) !== flags.has('v'));
    matched ||= hits.length > 0;
    if (flags.has('q')) continue;
    if (flags.has('l')) {
      if (hits.length > 0) io.stdout(`${file.name === '-' ? '(standard input)' : file.name}\n`);
      continue;
    }
    const label = prefix ? `${file.name}:` : '';
    if (flags.has('c')) io.stdout(`${label}${hits.length}\n`);
    else for (const hit of hits) io.stdout(`${label}${flags.has('n') ? `${hit.n}:` : ''}${hit.line}\n`);
  }
  if (flags.has('q') && matched) return 0;
  return failed ? 2 : matched ? 0 : 1;
};

function compile(pattern: string, flags: Map<string, string>): RegExp {
  let source = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : flags.has('E') ? pattern : fromBasic(pattern);
  if (flags.has('w')) source = `\\b(?:${source})\\b`;
  if (flags.has('x')) source = `^(?:${source})$`;
  return new RegExp(source, flags.has('i') ? 'i' : '');
}

/** POSIX BRE → JS: `\(` `\)` `\|` `\{` `\}` `\+` `\?` are operators, their bare forms literals. */
function fromBasic(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i] as string;
      out += '(){}|+?'.includes(next) ? next : `\\${next}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}
