import { joinPath } from '../../vfs';
import type { Program } from '../../program';
import { parseFlags, tryFs } from './applet-errors';

/** `mkdir [-p] [-m MODE] DIR…` */
export const mkdir: Program = function* (io) {
  const { flags, operands } = parseFlags(io.argv.slice(1), 'm');
  const mode = flags.has('m') ? parseInt(flags.get('m') as string, 8) : undefined;
  let status = 0;
  for (const operand of operands) {
    const path = joinPath(io.cwd, operand);
    const ok = tryFs(io, 'mkdir', `can't create directory '${operand}'`, () => io.sys.fs.mkdir(path, { recursive: flags.has('p'), mode }));
    if (!ok) status = 1;
  }
  return status;
};
