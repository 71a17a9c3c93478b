import type { ShellBuiltin } from './shell-builtin';

/** `local NAME[=value]`: simplified to a plain assignment (functions share the global scope). */
export const local: ShellBuiltin = (sh, args) => {
  for (const operand of args.slice(1)) {
    const eq = operand.indexOf('=');
    if (eq < 0) sh.state.set(operand, sh.state.get(operand) ?? '');
    else sh.state.set(operand.slice(0, eq), operand.slice(eq + 1));
  }
  return 0;
};
