import type { ShellBuiltin } from './shell-builtin';

/** `unset [-v|-f] NAME…` */
export const unset: ShellBuiltin = (sh, args) => {
  const functions = args[1] === '-f';
  for (const name of args.slice(1).filter((arg) => !arg.startsWith('-'))) {
    if (functions) sh.state.functions.delete(name);
    else sh.state.vars.delete(name);
  }
  return 0;
};
