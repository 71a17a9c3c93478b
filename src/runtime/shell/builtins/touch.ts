import { joinPath } from '../../vfs';
import type { Program } from '../../program';
import { parseFlags, tryFs } from './applet-errors';

/** `touch [-c] FILE…`: creates missing files and bumps the modification time of existing ones. */
export const touch: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1), 'dtr');
  const fs = io.sys.fs;
  let status = 0;
  for (const operand of operands) {
    const path = joinPath(io.cwd, operand);
    if (!fs.exists(path) && flags.has('c')) continue;
    const ok = tryFs(io, 'touch', operand, () => fs.writeFile(path, '', { append: true }));
    if (!ok) status = 1;
  }
  return status;
};
