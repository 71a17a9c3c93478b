import { FsError, joinPath } from '../../vfs';
import type { Program } from '../../program';
import { fail, parseFlags } from './applet-errors';

/** `rm [-f] [-r|-R] FILE…` (busybox coreutils/rm.c wording). */
export const rm: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1));
  const force = flags.has('f');
  const recursive = flags.has('r') || flags.has('R');
  const fs = io.sys.fs;
  let status = 0;
  for (const operand of operands) {
    const path = joinPath(io.cwd, operand);
    try {
      if (fs.lstat(path).kind === 'dir') {
        if (!recursive) {
          fail(io, 'rm', `'${operand}' is a directory`);
          status = 1;
          continue;
        }
        fs.removeTree(path);
      } else fs.unlink(path);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      if (force && error.code === 'ENOENT') continue;
      fail(io, 'rm', `can't remove '${operand}': ${error.message}`);
      status = 1;
    }
  }
  return status;
};
