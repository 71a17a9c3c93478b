/**
 * `sh` (and `ash`, `bash`, `dash` where an image has them): `sh -c 'script' [name [args…]]`,
 * `sh FILE [args…]`, or the script on stdin (`sh` alone with empty stdin exits 0 at once, which is
 * why a bare busybox container completes immediately). Messages follow busybox ash.
 * Simplification: every shell name runs this ash-flavoured interpreter; the shell the name stands for
 * decides only bash's indexed arrays, the command-not-found wording and builtins whose output differs
 * for the same script (dash's `echo`). bash's `[[ ]]`, associative arrays and syntax-error wording are
 * not reproduced.
 */
import type { CommandNode, ListNode, SimpleCommand } from './ast';
import type { ShellFlavour } from '../images/image-spec';
import type { Program, ProgramIO } from '../program';
import { FsError, joinPath } from '../vfs';
import { Interpreter } from './interpreter';
import { parseScript } from './parser';
import { ShellState } from './shell-state';
import { ShellSyntaxError } from './syntax-error';

interface Invocation {
  script: string;
  scriptName: string;
  positional: string[];
  errexit: boolean;
  xtrace: boolean;
  /** `-c` strings get ash's exec-the-last-command optimisation. */
  isCommandString: boolean;
}

export const shellProgram: Program = function* (io) {
  const invocation = parseInvocation(io);
  if (typeof invocation === 'string') {
    io.stderr(`${invocation}\n`);
    return 2;
  }
  const flavour = shellFlavour(io.argv[0] ?? 'sh', io.sys.image.binSh);
  let list: ListNode;
  try {
    list = parseScript(invocation.script, flavour);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    io.stderr(`sh: ${error.message}\n`);
    return 2;
  }
  const state = ShellState.fromEnvironment(io.env, io.cwd, invocation.scriptName);
  state.positional = invocation.positional;
  state.errexit = invocation.errexit;
  state.xtrace = invocation.xtrace;
  state.flavour = flavour;
  const interpreter = new Interpreter(state, io, true, { stdin: io.stdin, fds: new Map([[1, (text: string) => io.stdout(text)], [2, (text: string) => io.stderr(text)]]) });
  if (invocation.isCommandString) interpreter.tailCommand = lastSimpleCommand(list);
  io.onSignal((signal) => {
    const action = state.traps.get(signal);
    if (action === undefined || action === '') return false;
    state.pendingTraps.push(signal);
    return state.interruptible;
  });
  return yield* interpreter.run(list);
};

function parseInvocation(io: ProgramIO): Invocation | string {
  const args = io.argv.slice(1);
  const invocation: Invocation = { script: io.stdin, scriptName: io.argv[0] ?? 'sh', positional: [], errexit: false, xtrace: false, isCommandString: false };
  let command = false;
  while (args.length > 0 && /^[-+][a-zA-Z]+$/.test(args[0] as string)) {
    const flags = args.shift() as string;
    if (flags.includes('c')) command = true;
    if (flags.includes('e')) invocation.errexit = true;
    if (flags.includes('x')) invocation.xtrace = true;
  }
  if (args[0] === '--') args.shift();
  if (command) {
    const script = args.shift();
    if (script === undefined) return 'sh: -c requires an argument';
    return { ...invocation, script, scriptName: args.shift() ?? invocation.scriptName, positional: args, isCommandString: true };
  }
  const file = args.shift();
  if (file === undefined) return invocation;
  try {
    return { ...invocation, script: io.sys.fs.readFile(joinPath(io.cwd, file)), scriptName: file, positional: args };
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return `sh: can't open '${file}': ${error.message}`;
  }
}

/** `dash`, `bash` and `ash` are themselves; `sh` is whatever the image links /bin/sh to. */
function shellFlavour(argv0: string, binSh: ShellFlavour | undefined): ShellFlavour {
  const name = argv0.slice(argv0.lastIndexOf('/') + 1);
  if (name === 'dash' || name === 'bash' || name === 'ash') return name;
  return binSh ?? 'ash';
}

function lastSimpleCommand(list: ListNode): SimpleCommand | undefined {
  const last = list.items[list.items.length - 1];
  if (!last || last.background) return undefined;
  const pipelines = [last.command.first, ...last.command.rest.map((entry) => entry.pipeline)];
  const pipeline = pipelines[pipelines.length - 1];
  const command: CommandNode | undefined = pipeline && !pipeline.negated && pipeline.commands.length === 1 ? pipeline.commands[0] : undefined;
  return command?.kind === 'simple' ? command : undefined;
}
