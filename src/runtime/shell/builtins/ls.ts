import { FsError, joinPath, type FsStat, type VirtualFS } from '../../vfs';
import type { Program, ProgramIO } from '../../program';
import { fail, parseFlags } from './applet-errors';
import { strftime } from './time-format';

/**
 * `ls [-1alAR] [FILE…]`. Output is one name per line, as busybox prints when stdout is not a
 * terminal (kubectl exec without -t, and logs). `-l` follows busybox's column layout: owner and group by
 * their names in the image's /etc/passwd and /etc/group, by number when it has none (`ls -l` in an fsGroup
 * volume shows `1000     2000`), and the setuid, setgid and sticky bits as `s`/`S` and `t`/`T`.
 */
export const ls: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1));
  const targets = operands.length > 0 ? operands : ['.'];
  const fs = io.sys.fs;
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const target of targets) {
    const path = joinPath(io.cwd, target);
    try {
      (fs.stat(path).kind === 'dir' && !flags.has('d') ? dirs : files).push(target);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      fail(io, 'ls', `${target}: ${error.message}`);
      status = 2;
    }
  }
  const sections: string[] = [];
  if (files.length > 0) sections.push(files.sort().map((file) => entryLine(io, joinPath(io.cwd, file), file, flags)).join(''));
  // busybox's DISP_DIRNAME: a directory's listing is headed by its name when there are several, or with -R.
  const headed = targets.length > 1 || flags.has('R');
  for (const dir of dirs.sort()) listDirectory(io, dir, flags, headed, sections);
  io.stdout(sections.join('\n'));
  return status;
};

/**
 * One directory's section, then with -R its subdirectories' (scan_and_display_dirs_recur): depth first, in
 * name order, each named by its path from the operand; `.`, `..` and symlinks to directories are not entered.
 */
function listDirectory(io: ProgramIO, dir: string, flags: Map<string, string>, headed: boolean, sections: string[]): void {
  const path = joinPath(io.cwd, dir);
  const fs = io.sys.fs;
  const names = fs.readdir(path).filter((name) => flags.has('a') || flags.has('A') || !name.startsWith('.'));
  const all = flags.has('a') ? ['.', '..', ...names] : names;
  const total = flags.has('l') ? `total ${all.length * 4}\n` : '';
  sections.push((headed ? `${dir}:\n` : '') + total + all.map((name) => entryLine(io, `${path}/${name}`, name, flags)).join(''));
  if (!flags.has('R')) return;
  for (const name of names) {
    if (fs.lstat(`${path}/${name}`).kind === 'dir') listDirectory(io, dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`, flags, headed, sections);
  }
}

function entryLine(io: ProgramIO, path: string, name: string, flags: Map<string, string>): string {
  if (!flags.has('l')) return `${name}\n`;
  const fs = io.sys.fs;
  const stat = fs.lstat(path);
  const link = stat.kind === 'symlink' ? ` -> ${fs.readlink(path)}` : '';
  const size = String(stat.size).padStart(9);
  const owner = `${nameOf(io, '/etc/passwd', stat.uid).padEnd(8)} ${nameOf(io, '/etc/group', stat.gid).padEnd(8)}`;
  return `${modeString(stat)} ${String(linkCount(fs, path, stat)).padStart(4)} ${owner} ${size} ${strftime(stat.mtime, '%b %e %H:%M')} ${name}${link}\n`;
}

/** busybox's get_cached_username/groupname: the `name:x:id:…` entry's name, else the number. */
function nameOf(io: ProgramIO, table: string, id: number): string {
  const text = io.sys.fs.regularFile(table)?.content ?? '';
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 3 && Number(fields[2]) === id) return (fields[0] ?? '').slice(0, 8);
  }
  return String(id);
}

function linkCount(fs: VirtualFS, path: string, stat: FsStat): number {
  if (stat.kind !== 'dir') return 1;
  return 2 + fs.readdir(path).filter((name) => fs.lstat(`${path}/${name}`).kind === 'dir').length;
}

function modeString(stat: FsStat): string {
  const type = { file: '-', dir: 'd', symlink: 'l', device: 'c' }[stat.kind];
  const bits = 'rwxrwxrwx'.split('').map((c, i) => ((stat.mode >> (8 - i)) & 1 ? c : '-'));
  // Each special bit shows in its triple's execute slot: lower case over x, upper case without it.
  SPECIAL_BITS.forEach(([bit, slot, letter]) => {
    if (stat.mode & bit) bits[slot] = bits[slot] === 'x' ? letter : letter.toUpperCase();
  });
  return type + bits.join('');
}

const SPECIAL_BITS: readonly (readonly [number, number, string])[] = [
  [0o4000, 2, 's'],
  [0o2000, 5, 's'],
  [0o1000, 8, 't'],
];
