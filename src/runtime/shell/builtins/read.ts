import type { ShellBuiltin } from './shell-builtin';

/**
 * `read [-r] NAME…`: takes the next line of stdin. Simplification: stdin is the command's whole
 * input, so `while read line; do …; done < file` reads it line by line through a cursor kept in
 * the shell state (reset whenever the input text changes).
 */
export const read: ShellBuiltin = (sh, args, streams) => {
  const names = args.slice(1).filter((arg) => !arg.startsWith('-'));
  const raw = args.includes('-r');
  const cursor = sh.state.readCursor?.input === streams.stdin ? sh.state.readCursor : { input: streams.stdin, offset: 0 };
  sh.state.readCursor = cursor;
  if (cursor.offset >= streams.stdin.length) {
    sh.state.readCursor = undefined;
    for (const name of names) sh.state.set(name, '');
    return 1;
  }
  const end = streams.stdin.indexOf('\n', cursor.offset);
  const line = streams.stdin.slice(cursor.offset, end < 0 ? undefined : end);
  cursor.offset = end < 0 ? streams.stdin.length : end + 1;
  assignFields(sh.state, names.length > 0 ? names : ['REPLY'], raw ? line : line.replace(/\\(.)/g, '$1'));
  return 0;
};

function assignFields(state: { set(name: string, value: string): void }, names: readonly string[], line: string): void {
  const fields = line.trim().split(/[ \t]+/);
  names.forEach((name, index) => {
    const value = index === names.length - 1 ? fields.slice(index).join(' ') : (fields[index] ?? '');
    state.set(name, value);
  });
}
