import type { Program } from '../../program';

export const falseProgram: Program = function* () {
  return 1;
};
