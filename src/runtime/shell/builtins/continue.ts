import { ContinueLoop } from '../control-flow';
import type { ShellBuiltin } from './shell-builtin';

export const continueBuiltin: ShellBuiltin = (_sh, args) => {
  throw new ContinueLoop(Math.max(1, Number(args[1] ?? 1)));
};
