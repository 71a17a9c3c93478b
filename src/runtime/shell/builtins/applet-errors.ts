/** busybox's error lines (`libbb/verror_msg.c`): `APPLET: MESSAGE`, with libc strerror texts. */
import { FsError } from '../../vfs';
import type { ProgramIO } from '../../program';

export function fail(io: ProgramIO, applet: string, message: string): void {
  io.stderr(`${applet}: ${message}\n`);
}

/** Runs a filesystem action; on FsError prints `APPLET: <prefix>: <strerror>` and returns false. */
export function tryFs(io: ProgramIO, applet: string, prefix: string, action: () => void): boolean {
  try {
    action();
    return true;
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    fail(io, applet, `${prefix}: ${error.message}`);
    return false;
  }
}

/** Splits leading `-abc` option clusters from operands (stops at `--` or the first operand). */
export function parseFlags(args: readonly string[], valued: string = ''): { flags: Map<string, string>; operands: string[] } {
  const flags = new Map<string, string>();
  let index = 0;
  for (; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      index++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let i = 1; i < arg.length; i++) {
      const flag = arg[i] as string;
      if (valued.includes(flag)) {
        const value = i + 1 < arg.length ? arg.slice(i + 1) : (args[++index] ?? '');
        flags.set(flag, value);
        break;
      }
      flags.set(flag, '');
    }
  }
  return { flags, operands: args.slice(index) };
}
