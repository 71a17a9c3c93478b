import { ReturnFromFunction } from '../control-flow';
import type { ShellBuiltin } from './shell-builtin';

export const returnBuiltin: ShellBuiltin = (sh, args) => {
  throw new ReturnFromFunction(args[1] === undefined ? sh.state.lastStatus : Number(args[1]) & 0xff);
};
