/**
 * dash's builtin `echo` (dash src/bltin/printf.c, `echocmd` with `conv_escape_str`), the `echo` of
 * `sh` in Debian and Ubuntu images. Unlike busybox's and bash's, it always interprets backslash
 * escapes (POSIX XSI echo) and knows one option only, a first argument that is exactly `-n`; so
 * `echo "a\nb"` prints two lines and `echo -e x` prints `-e x`. `\c` ends all output, newline included.
 */
import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';

export const dashEcho: ShellBuiltin = (_sh, args, streams) => {
  const words = args.slice(1);
  const newline = words[0] !== '-n';
  if (!newline) words.shift();
  const { output, stopped } = dashEscapes(words.join(' '));
  sink(streams, 1)(newline && !stopped ? `${output}\n` : output);
  return 0;
};

// dash 0.5.12 (Debian bookworm) also knows \e.
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * `conv_escape_str`: `\0` may lead up to three octal digits (`\0101` is "A"), as may `\1`–`\7`
 * (`\101`); any other unknown escape (`\q`, `\8`) stays as written.
 */
function dashEscapes(text: string): { output: string; stopped: boolean } {
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
    if (octal) {
      output += String.fromCharCode(parseInt(octal[1] as string, 8) & 0xff);
      i += octal[0].length;
      continue;
    }
    output += ESCAPES[next] ?? `\\${next}`;
    i++;
  }
  return { output, stopped: false };
}
