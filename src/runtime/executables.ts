/**
 * `$PATH` lookup inside one image: its shells, its own programs (servers, entrypoint scripts) and,
 * in images with a userland, the busybox-style utilities. Scripts in the filesystem run through
 * their `#!` interpreter and need an execute bit, as execve(2) demands (a ConfigMap file mounted
 * with the default mode 0644 cannot be executed directly).
 */
import type { ImageSpec } from './images/image-spec';
import type { ExecutableLookup } from './program';
import { NETWORK_TOOLS, UTILITIES } from './shell/builtins/registry';
import { shellProgram } from './shell/shell-program';
import { basename, dirname, joinPath, normalizePath, type VirtualFS } from './vfs';

/** Names that mean "a shell": an image without one cannot run them, whatever its fallback program. */
const SHELL_NAMES = new Set(['sh', 'ash', 'bash', 'dash', 'zsh', 'ksh']);
/** The utilities bash itself implements: all an image without a userland can run besides its own programs. */
const BASH_BUILTIN_UTILITIES = new Set(['[', 'echo', 'false', 'kill', 'printf', 'pwd', 'test', 'true']);
const BIN_DIRS = new Set(['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);

export function findExecutable(name: string, where: { fs: VirtualFS; image: ImageSpec }, cwd: string): ExecutableLookup {
  if (!name.includes('/')) return byName(name, name, where.image);
  const path = normalizePath(joinPath(cwd, name));
  const file = scriptFile(where.fs, path);
  if (file) {
    if ((file.mode & 0o111) === 0) return { kind: 'permission-denied' };
    const interpreter = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/.exec(file.content);
    const known = byName(name, basename(path), where.image);
    if (!interpreter) return known.kind === 'found' ? known : byName('sh', 'sh', where.image, ['sh', name]);
    const runner = byName(interpreter[1] as string, basename(interpreter[1] as string), where.image, [interpreter[1] as string, ...(interpreter[2] ? [interpreter[2]] : []), name]);
    return runner.kind === 'found' ? runner : { kind: 'no-such-file' };
  }
  const program = where.image.programs[basename(path)] ?? (SHELL_NAMES.has(basename(path)) ? undefined : where.image.fallbackProgram);
  if (program) return { kind: 'found', program, argvPrefix: [name] };
  if (BIN_DIRS.has(dirname(path))) {
    const found = byName(name, basename(path), where.image);
    if (found.kind === 'found') return found;
  }
  return { kind: 'no-such-file' };
}

function byName(argv0: string, name: string, image: ImageSpec, argvPrefix: readonly string[] = [argv0]): ExecutableLookup {
  if (image.shells.includes(name)) return { kind: 'found', program: shellProgram, argvPrefix };
  const program = image.programs[name];
  if (program) return { kind: 'found', program, argvPrefix };
  const utility = image.shells.length > 0 && (image.userland !== false || BASH_BUILTIN_UTILITIES.has(name)) ? UTILITIES[name] : undefined;
  if (utility && (!NETWORK_TOOLS.has(name) || image.tools.includes(name))) return { kind: 'found', program: utility, argvPrefix };
  if (image.fallbackProgram && !SHELL_NAMES.has(name)) return { kind: 'found', program: image.fallbackProgram, argvPrefix };
  return { kind: 'not-found' };
}

function scriptFile(fs: VirtualFS, path: string): { readonly content: string; readonly mode: number } | undefined {
  return fs.regularFile(path);
}
