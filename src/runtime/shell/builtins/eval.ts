import type { ShellBuiltin } from './shell-builtin';

export const evalBuiltin: ShellBuiltin = function* (sh, args, streams) {
  return yield* sh.evalString(args.slice(1).join(' '), streams);
};
