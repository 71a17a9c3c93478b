import type { Program } from '../../program';

export const pwd: Program = function* (io) {
  io.stdout(`${io.cwd}\n`);
  return 0;
};
