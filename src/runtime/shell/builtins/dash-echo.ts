/**
 * dash's builtin `echo` (dash src/bltin/printf.c, `echocmd` with `conv_escape_str`), the `echo` of
 * `sh` in Debian and Ubuntu images. Unlike busybox's and bash's, it always interprets backslash
 * escapes (POSIX XSI echo) and knows one option only, a first argument that is exactly `-n`; so
 * `echo "a\nb"` prints two lines and `echo -e x` prints `-e x`. `\c` ends all output, newline included.
 */
import { sink } from '../streams';
import { interpretEscapes, type OctalEscape } from './echo';
import type { ShellBuiltin } from './shell-builtin';

export const dashEcho: ShellBuiltin = (_sh, args, streams) => {
  const words = args.slice(1);
  const newline = words[0] !== '-n';
  if (!newline) words.shift();
  const { output, stopped } = interpretEscapes(words.join(' '), dashOctal);
  sink(streams, 1)(newline && !stopped ? `${output}\n` : output);
  return 0;
};

/**
 * `conv_escape_str`: `\0` may lead up to three octal digits (`\0101` is "A"), as may `\1`–`\7` (`\101`); any other
 * unknown escape (`\q`, `\8`) stays as written. dash 0.5.12 (Debian bookworm) also knows `\e`, as busybox does.
 */
const dashOctal: OctalEscape = (rest) => {
  const digits = /^0?([0-7]{1,3})/.exec(rest);
  return digits ? { code: parseInt(digits[1] as string, 8) & 0xff, length: digits[0].length } : undefined;
};
