import type { ShellBuiltin } from './shell-builtin';

export const shift: ShellBuiltin = (sh, args) => {
  const count = Number(args[1] ?? 1);
  if (count > sh.state.positional.length) return 1;
  sh.state.positional = sh.state.positional.slice(count);
  return 0;
};
