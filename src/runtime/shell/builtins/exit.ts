import { ExitShell } from '../control-flow';
import type { ShellBuiltin } from './shell-builtin';

/** `exit [n]`: without n, the status of the last command. */
export const exit: ShellBuiltin = (sh, args) => {
  throw new ExitShell(args[1] === undefined ? sh.state.lastStatus : Number(args[1]) & 0xff);
};
