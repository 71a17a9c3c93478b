import { basename as baseOf } from '../../vfs';
import type { Program } from '../../program';

export const basename: Program = function* (io) {
  const name = baseOf(io.argv[1] ?? '');
  const suffix = io.argv[2];
  io.stdout(`${suffix && name.endsWith(suffix) && name !== suffix ? name.slice(0, -suffix.length) : name}\n`);
  return 0;
};
