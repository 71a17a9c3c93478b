/**
 * busybox ash's `[[` (shell/ash.c builds it in with ASH_BASH_COMPAT, on in the busybox and Alpine images):
 * not bash's conditional keyword but the `test` builtin under another name, closed by `]]` instead of `]`
 * (coreutils/test.c). So `[[ -e f ]]` answers as `[ -e f ]` does, and its words are still split and globbed
 * as any command's. dash has no `[[`: Debian's `sh -c '[[ … ]]'` says `[[: not found`.
 */
import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';
import { test } from './test';

export const doubleBracket: ShellBuiltin = (sh, args, streams) =>
  test({
    argv: args,
    env: sh.state.exportedEnv(),
    cwd: sh.state.cwd,
    stdin: streams.stdin,
    stdout: sink(streams, 1),
    stderr: sink(streams, 2),
    sys: sh.io.sys,
    onSignal: () => undefined,
  });
