import { basename, joinPath } from '../../vfs';
import type { Program } from '../../program';
import { parseFlags, tryFs } from './applet-errors';

/** `ln -s[f] TARGET LINK`; hard links are simplified to copies. */
export const ln: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1));
  const [target, link = basename(operands[0] ?? '')] = operands;
  if (target === undefined) return 1;
  const fs = io.sys.fs;
  const path = joinPath(io.cwd, link);
  if (flags.has('f') && fs.exists(path)) fs.unlink(path);
  const create = flags.has('s') ? () => fs.symlink(target, path) : () => fs.writeFile(path, fs.readFile(joinPath(io.cwd, target)));
  return tryFs(io, 'ln', link, create) ? 0 : 1;
};
