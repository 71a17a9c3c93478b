import { ExitShell } from '../control-flow';
import type { ShellBuiltin } from './shell-builtin';

/**
 * `exec CMD…` replaces the shell with CMD: in PID 1 the program inherits PID 1 and receives the
 * container's stop signal itself (why `exec nginx -g 'daemon off;'` stops cleanly).
 * Simplification: `exec` with only redirections (re-pointing the shell's own streams) is a no-op.
 */
export const exec: ShellBuiltin = function* (sh, args, streams) {
  if (args.length < 2) return 0;
  const status = yield* sh.invoke(args.slice(1), streams, { exec: true });
  throw new ExitShell(status, true);
};
