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

/** Reads an escape's octal digits from `rest`, the text after the backslash: the byte and how many characters it took. */
export type OctalEscape = (rest: string) => { readonly code: number; readonly length: number } | undefined;

/** busybox: `\0` with up to three more digits (`\0101`), or `\1`–`\7` with up to two more (`\101`). */
const busyboxOctal: OctalEscape = (rest) => {
  const digits = rest[0] === '0' ? /^0([0-7]{0,3})/.exec(rest) : /^[1-7]/.test(rest) ? /^()([0-7]{1,3})/.exec(rest) : null;
  if (!digits) return undefined;
  return { code: parseInt(digits[digits.length - 1] || '0', 8), length: digits[0].length };
};

/** Shared with printf's `%b` and dash's `echo` (which reads octal its own way). */
export function interpretEscapes(text: string, octal: OctalEscape = busyboxOctal): { output: string; stopped: boolean } {
  let output = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c !== '\\' || next === undefined) {
      output += c;
      continue;
    }
    if (next === 'c') return { output, stopped: true };
    const byte = octal(text.slice(i + 1));
    if (byte) {
      output += String.fromCharCode(byte.code);
      i += byte.length;
      continue;
    }
    output += SIMPLE_ESCAPES[next] ?? `\\${next}`;
    i++;
  }
  return { output, stopped: false };
}
