import type { Program } from '../../program';

/**
 * `echo [-neE] ARG…` (busybox coreutils/echo.c): leading option clusters made only of n, e, E are
 * options; with -e, backslash escapes are interpreted and `\c` stops output.
 */
export const echo: Program = function* (io) {
  const args = io.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args.length > 0 && /^-[neE]+$/.test(args[0] as string)) {
    const flags = args.shift() as string;
    if (flags.includes('n')) newline = false;
    if (flags.includes('e')) escapes = true;
    if (flags.includes('E')) escapes = false;
  }
  const text = args.join(' ');
  if (!escapes) {
    io.stdout(newline ? `${text}\n` : text);
    return 0;
  }
  const { output, stopped } = interpretEscapes(text);
  io.stdout(newline && !stopped ? `${output}\n` : output);
  return 0;
};

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '\\': '\\' };

/** Shared with printf's `%b`. */
export function interpretEscapes(text: string): { output: string; stopped: boolean } {
  let output = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c !== '\\' || next === undefined) {
      output += c;
      continue;
    }
    if (next === 'c') return { output, stopped: true };
    const octal = /^0?([0-7]{1,3})/.exec(text.slice(i + 1));
    if (next === '0' || (octal && next !== '0' && /[1-7]/.test(next))) {
      const digits = /^0([0-7]{0,3})/.exec(text.slice(i + 1)) ?? octal;
      output += String.fromCharCode(parseInt(digits?.[1] || '0', 8));
      i += (digits?.[0].length ?? 1);
      continue;
    }
    output += SIMPLE_ESCAPES[next] ?? `\\${next}`;
    i++;
  }
  return { output, stopped: false };
}
