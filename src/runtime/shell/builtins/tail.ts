import { joinPath } from '../../vfs';
import type { Program, ProgramIO } from '../../program';
import { lines, readInputs } from './input-files';

/** busybox tail -f checks the file once a second (coreutils/tail.c: sleep(1) between reads). */
export const TAIL_FOLLOW_INTERVAL_MS = 1000;

/**
 * `tail [-n [+]N | -N] [-f|-F] [FILE…]`. With -f it keeps printing what is appended, polling every
 * second; `tail -f /dev/null` therefore blocks forever, the classic "keep the container running".
 */
export const tail: Program = function* (io) {
  const { count, fromStart, follow, operands } = parseArgs(io.argv.slice(1));
  const { files, failed } = readInputs(io, 'tail', operands);
  for (const file of files) {
    const all = lines(file.text);
    const selected = fromStart ? all.slice(Math.max(0, count - 1)) : all.slice(Math.max(0, all.length - count));
    io.stdout(selected.map((line) => `${line}\n`).join(''));
  }
  if (!follow) return failed ? 1 : 0;
  const followed = operands.filter((name) => name !== '-' && name !== '/dev/null');
  if (followed.length === 0) for (;;) yield { kind: 'block' };
  return yield* followFiles(io, followed);
};

function* followFiles(io: ProgramIO, names: readonly string[]): Generator<{ kind: 'sleep'; ms: number }, number, unknown> {
  const fs = io.sys.fs;
  const read = (name: string): string => (fs.exists(joinPath(io.cwd, name)) ? fs.readFile(joinPath(io.cwd, name)) : '');
  const seen = new Map(names.map((name) => [name, read(name).length]));
  for (;;) {
    yield { kind: 'sleep', ms: TAIL_FOLLOW_INTERVAL_MS };
    for (const name of names) {
      const text = read(name);
      const offset = seen.get(name) ?? 0;
      if (text.length > offset) io.stdout(text.slice(offset));
      seen.set(name, text.length);
    }
  }
}

function parseArgs(args: readonly string[]): { count: number; fromStart: boolean; follow: boolean; operands: string[] } {
  let count = 10;
  let fromStart = false;
  let follow = false;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === '-n' ? (args[++i] ?? '10') : /^-n[+\d]/.test(arg) ? arg.slice(2) : /^-\d+$/.test(arg) ? arg.slice(1) : undefined;
    if (value !== undefined) {
      fromStart = value.startsWith('+');
      count = Number(value.replace('+', ''));
    } else if (/^-[fF]+$/.test(arg)) follow = true;
    else if (/^-n?[+\d]*[fF]$/.test(arg)) follow = true;
    else operands.push(arg);
  }
  return { count, fromStart, follow, operands };
}
