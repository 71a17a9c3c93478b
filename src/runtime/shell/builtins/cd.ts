import { FsError, joinPath } from '../../vfs';
import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';

/** `cd [dir]`: ash prints `sh: cd: can't cd to DIR: <reason>` and returns 2 (shell/ash.c cdcmd). */
export const cd: ShellBuiltin = (sh, args, streams) => {
  const target = args[1] === '-' ? (sh.state.get('OLDPWD') ?? sh.state.cwd) : (args[1] ?? sh.state.get('HOME') ?? '/');
  const fs = sh.io.sys.fs;
  try {
    const path = fs.realpath(joinPath(sh.state.cwd, target));
    if (fs.stat(path).kind !== 'dir') throw new FsError('ENOTDIR', path);
    sh.state.set('OLDPWD', sh.state.cwd);
    sh.state.cwd = path;
    sh.state.set('PWD', path);
    return 0;
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    sink(streams, 2)(`sh: cd: can't cd to ${target}: ${error.message}\n`);
    return 2;
  }
};
