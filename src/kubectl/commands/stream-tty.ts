/**
 * StreamOptions.SetupTTY (kubectl pkg/cmd/exec/exec.go), which `exec` and `run --attach` share: with -i and -t
 * and a stdin that is not a terminal — always, for a scenario's kubectl — kubectl warns and goes on without a
 * TTY, so the container's stdout and stderr stay apart. `-t` without `-i` is dropped silently.
 */
import type { Flags } from '../argv';
import type { CommandContext } from '../context';

export function setUpTty(context: CommandContext, flags: Flags): void {
  if (flags.bool('tty') && flags.bool('stdin') && !flags.bool('quiet')) context.output.err('Unable to use a TTY - input is not a terminal or the right kind of file');
}
