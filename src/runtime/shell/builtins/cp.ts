import { basename, joinPath, type VirtualFS } from '../../vfs';
import type { Program } from '../../program';
import { fail, parseFlags, tryFs } from './applet-errors';

/** `cp [-r|-R|-a] SOURCE… DEST` */
export const cp: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1));
  const recursive = flags.has('r') || flags.has('R') || flags.has('a');
  const fs = io.sys.fs;
  const dest = operands.pop();
  if (dest === undefined || operands.length === 0) {
    fail(io, 'cp', 'missing file operand');
    return 1;
  }
  const destPath = joinPath(io.cwd, dest);
  const intoDir = fs.exists(destPath) && fs.stat(destPath).kind === 'dir';
  let status = 0;
  for (const source of operands) {
    const sourcePath = joinPath(io.cwd, source);
    if (!fs.exists(sourcePath)) {
      fail(io, 'cp', `can't stat '${source}': No such file or directory`);
      status = 1;
      continue;
    }
    if (fs.stat(sourcePath).kind === 'dir' && !recursive) {
      fail(io, 'cp', `omitting directory '${source}'`);
      status = 1;
      continue;
    }
    const target = intoDir ? `${destPath}/${basename(sourcePath)}` : destPath;
    if (!tryFs(io, 'cp', `can't create '${dest}'`, () => copyTree(fs, sourcePath, target))) status = 1;
  }
  return status;
};

export function copyTree(fs: VirtualFS, from: string, to: string): void {
  const stat = fs.stat(from);
  if (stat.kind !== 'dir') {
    fs.writeFile(to, fs.readFile(from), { mode: stat.mode });
    return;
  }
  if (!fs.exists(to)) fs.mkdir(to, { mode: stat.mode });
  for (const name of fs.readdir(from)) copyTree(fs, `${from}/${name}`, `${to}/${name}`);
}
