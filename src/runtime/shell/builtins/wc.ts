import type { Program } from '../../program';
import { parseFlags } from './applet-errors';
import { readInputs } from './input-files';

/**
 * `wc [-lwc] [FILE…]`, with busybox's layout (coreutils/wc.c): one count and at most one file
 * prints the bare number (`3`, `3 file`); otherwise counts are right-aligned in 9 columns.
 */
export const wc: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1));
  const selected = ['l', 'w', 'c'].filter((flag) => flags.has(flag) || (flag === 'c' && flags.has('m')));
  const kinds = selected.length > 0 ? selected : ['l', 'w', 'c'];
  const { files, failed } = readInputs(io, 'wc', operands);
  const bare = operands.length <= 1 && kinds.length === 1;
  const totals = kinds.map(() => 0);
  for (const file of files) {
    const counts = kinds.map((kind) => count(file.text, kind));
    counts.forEach((value, i) => (totals[i] = (totals[i] ?? 0) + value));
    io.stdout(render(counts, bare) + (file.name === '-' ? '\n' : ` ${file.name}\n`));
  }
  if (files.length > 1) io.stdout(`${render(totals, false)} total\n`);
  return failed ? 1 : 0;
};

function count(text: string, kind: string): number {
  if (kind === 'l') return (text.match(/\n/g) ?? []).length;
  if (kind === 'w') return text.split(/\s+/).filter(Boolean).length;
  return Buffer.byteLength(text);
}

function render(counts: readonly number[], bare: boolean): string {
  if (bare) return String(counts[0]);
  return counts.map((value, i) => (i === 0 ? String(value).padStart(7) : ` ${String(value).padStart(9)}`)).join('');
}
