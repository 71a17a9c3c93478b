/**
 * The `command` builtin of dash, busybox ash and bash: `command NAME ARGS…` runs NAME as a builtin or a `$PATH`
 * program, skipping shell functions of that name; `command -v NAME` says what NAME would run. `-p` (search the
 * default PATH) changes nothing here, as kubespec's program lookup does not read $PATH.
 *
 * What `-v` can print: a builtin or function prints its name, as all three shells do; a name with a `/` prints
 * itself when it can be executed. For a bare name the real shells print the file found on $PATH (`/bin/ls` on
 * busybox, `/usr/bin/ls` on Debian). kubespec does not model where each image keeps its programs, so a file
 * is named only when one really sits in a $PATH directory of the container's filesystem; otherwise the bare
 * name is printed: the exit status, which is what `command -v x >/dev/null` tests rely on, is still exact.
 * Not found prints nothing and fails: 127 in dash and ash, 1 in bash. dash and ash describe only the first name;
 * bash describes each and fails only when none is found (checked with dash 0.5.12 and bash 5.2).
 * `-V` is not implemented (its wording differs in every shell) and is reported as an illegal option.
 */
import { joinPath } from '../../vfs';
import type { ShellBuiltin } from './shell-builtin';
import type { Interpreter } from '../interpreter';
import { sink, type Streams } from '../streams';

export const command: ShellBuiltin = function* (sh, args, streams) {
  let i = 1;
  let describeOnly = false;
  for (; i < args.length && args[i]!.startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '--') {
      i++;
      break;
    }
    for (const option of args[i]!.slice(1)) {
      if (option === 'v') describeOnly = true;
      else if (option !== 'p') return illegalOption(sh, option, streams);
    }
  }
  const names = args.slice(i);
  if (names.length === 0) return 0;
  if (!describeOnly) return yield* sh.invoke(names, streams, { skipFunctions: true });
  if (sh.state.flavour !== 'bash') return describe(sh, names[0]!, streams) ? 0 : 127;
  let anyFound = false;
  for (const name of names) anyFound = describe(sh, name, streams) || anyFound;
  return anyFound ? 0 : 1;
};

function describe(sh: Interpreter, name: string, streams: Streams): boolean {
  const found = whatRuns(sh, name);
  if (found !== undefined) sink(streams, 1)(`${found}\n`);
  return found !== undefined;
}

function whatRuns(sh: Interpreter, name: string): string | undefined {
  if (!sh.isExternal(name)) return name;
  if (sh.io.sys.findExecutable(name, sh.state.cwd).kind !== 'found') return undefined;
  if (name.includes('/')) return name;
  return fileOnPath(sh, name) ?? name;
}

function fileOnPath(sh: Interpreter, name: string): string | undefined {
  for (const dir of (sh.state.vars.get('PATH')?.value ?? '').split(':')) {
    const path = joinPath(sh.state.cwd, joinPath(dir || '.', name));
    const file = sh.fs.regularFile(path);
    if (file && (file.mode & 0o111) !== 0) return path;
  }
  return undefined;
}

/**
 * dash: `sh: 1: command: Illegal option -x`; bash: `bash: line 1: command: -x: invalid option` and its usage line
 * (bash 5.2 sometimes leaves the line out, depending on where stderr goes). Both exit 2 and the shell goes on.
 * ash is given dash's words, unchecked.
 */
function illegalOption(sh: Interpreter, option: string, streams: Streams): number {
  const err = sink(streams, 2);
  if (sh.state.flavour === 'bash') err(`${sh.errorPrefix()}command: -${option}: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n`);
  else err(`${sh.errorPrefix()}command: Illegal option -${option}\n`);
  return 2;
}
