import { FsError, joinPath } from '../../vfs';
import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';

/** `. FILE` / `source FILE`: runs the file's text in the current shell. */
export const dot: ShellBuiltin = function* (sh, args, streams) {
  const file = args[1];
  if (file === undefined) return 0;
  let text: string;
  try {
    text = sh.io.sys.fs.readFile(joinPath(sh.state.cwd, file));
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    sink(streams, 2)(`sh: .: can't open '${file}'\n`);
    return 2;
  }
  return yield* sh.evalString(text, streams);
};
