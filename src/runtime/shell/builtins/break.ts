import { BreakLoop } from '../control-flow';
import type { ShellBuiltin } from './shell-builtin';

export const breakBuiltin: ShellBuiltin = (_sh, args) => {
  throw new BreakLoop(Math.max(1, Number(args[1] ?? 1)));
};
