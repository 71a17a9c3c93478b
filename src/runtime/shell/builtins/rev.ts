import type { Program } from '../../program';
import { parseFlags } from './applet-errors';
import { readInputs } from './input-files';

/**
 * `rev [FILE…]` (busybox util-linux/rev.c): each line's characters in reverse order, newline kept; the
 * docs' Indexed Job runs `rev /input/data.txt` on the word its completion index selects. An unreadable
 * file is reported and skipped, and the exit status is 1.
 */
export const rev: Program = function* (io) {
  const { operands } = parseFlags(io.argv.slice(1));
  const { files, failed } = readInputs(io, 'rev', operands);
  for (const file of files) {
    io.stdout(file.text.replace(/[^\n]+/g, (line) => Array.from(line).reverse().join('')));
  }
  return failed ? 1 : 0;
};
