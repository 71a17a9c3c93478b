import { FsError, basename, joinPath } from '../../vfs';
import type { Program } from '../../program';
import { fail } from './applet-errors';
import { copyTree } from './cp';

/** `mv SOURCE… DEST`; across mounts (EXDEV) it copies then removes, as busybox does. */
export const mv: Program = function* (io) {
  const operands = io.argv.slice(1).filter((arg) => !/^-[fin]+$/.test(arg));
  const fs = io.sys.fs;
  const dest = operands.pop();
  if (dest === undefined || operands.length === 0) {
    fail(io, 'mv', 'missing file operand');
    return 1;
  }
  const destPath = joinPath(io.cwd, dest);
  const intoDir = fs.exists(destPath) && fs.stat(destPath).kind === 'dir';
  let status = 0;
  for (const source of operands) {
    const sourcePath = joinPath(io.cwd, source);
    const target = intoDir ? `${destPath}/${basename(sourcePath)}` : destPath;
    try {
      try {
        fs.rename(sourcePath, target);
      } catch (error) {
        if (!(error instanceof FsError) || error.code !== 'EXDEV') throw error;
        copyTree(fs, sourcePath, target);
        fs.removeTree(sourcePath);
      }
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      fail(io, 'mv', `can't rename '${source}': ${error.message}`);
      status = 1;
    }
  }
  return status;
};
