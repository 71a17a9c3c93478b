import type { Program } from '../../program';

export const trueProgram: Program = function* () {
  return 0;
};
