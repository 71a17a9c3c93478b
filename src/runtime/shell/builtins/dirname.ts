import { dirname as dirOf } from '../../vfs';
import type { Program } from '../../program';

export const dirname: Program = function* (io) {
  io.stdout(`${dirOf(io.argv[1] ?? '.')}\n`);
  return 0;
};
