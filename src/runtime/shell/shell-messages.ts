/**
 * How each shell prefixes the errors it reports while running a script (not syntax errors). For a `-c`
 * string on this machine's shells: bash 5.2 `bash -c foo` → `bash: line 1: foo: command not found`,
 * dash 0.5.12 `sh -c foo` → `sh: 1: foo: not found`; busybox ash prints `sh: foo: not found`
 * (shell/ash.c ash_msg_and_raise_error names the applet, not $0, and no line).
 */
import type { ShellFlavour } from '../images/image-spec';

export interface MessageContext {
  flavour: ShellFlavour;
  /** $0: dash and bash name themselves by it (`bash -c foo myname` → `myname: line 1: …`). */
  scriptName: string;
  line: number;
}

export function messagePrefix({ flavour, scriptName, line }: MessageContext): string {
  if (flavour === 'bash') return `${scriptName}: line ${line}: `;
  if (flavour === 'dash') return `${scriptName}: ${line}: `;
  return 'sh: ';
}

/** bash says "command not found"; ash and dash say "not found" (exit 127 in all three). */
export function commandNotFound(context: MessageContext, name: string): string {
  return `${messagePrefix(context)}${name}: ${context.flavour === 'bash' ? 'command not found' : 'not found'}\n`;
}
