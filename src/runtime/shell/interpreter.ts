/**
 * Walks the syntax tree as a coroutine: every command charges one step of CPU time, utilities
 * yield their own sleeps, so the kubelet runs scripts on virtual time. Pipelines run their
 * commands one after the other, each reading the previous one's whole output (a simplification
 * that only matters for pipelines that never end, like `tail -f x | grep y`). Likewise `cmd &`
 * runs cmd to completion before going on (there is no job control), so `server & …` only suits
 * commands that end. Follows busybox ash (shell/ash.c) for messages, exit statuses, trap timing.
 */
import type { AndOrNode, CommandNode, ListNode, PipelineNode, SimpleCommand } from './ast';
import { CPU_STEP, type Effect, type ProgramIO, type Wake } from '../program';
import { FLAVOUR_BUILTINS, SHELL_BUILTINS } from './builtins/registry';
import { BreakLoop, ContinueLoop, ExitShell, ReturnFromFunction, ShellFatal } from './control-flow';
import { expandFields, expandPattern, expandString, type ExpansionHost } from './expand';
import { parseScript } from './parser';
import { matchesPattern } from './pattern';
import { applyRedirects } from './redirect';
import { assign } from './assignment';
import { commandNotFound, messagePrefix, type MessageContext } from './shell-messages';
import type { ShellState } from './shell-state';
import { capturing, sink, type Streams } from './streams';
import { ShellSyntaxError } from './syntax-error';
import type { VirtualFS } from '../vfs';

type Gen<T> = Generator<Effect, T, Wake>;

export class Interpreter implements ExpansionHost {
  /**
   * The command ash runs without forking when it is the last thing `sh -c` does and no trap is
   * set (evaltree's EV_EXIT): it becomes PID 1 and receives the stop signal itself.
   */
  tailCommand: SimpleCommand | undefined;
  /** Depth of contexts where `set -e` is ignored (conditions, non-final `&&`/`||` operands, `!`). */
  private conditionDepth = 0;
  private substitutions = 0;
  /** The line of the simple command being run, for dash's and bash's messages. */
  private line = 1;

  constructor(
    readonly state: ShellState,
    readonly io: ProgramIO,
    /** Whether this shell is the container's PID 1 (its `exec` hands PID 1 to the program). */
    readonly isPid1: boolean,
    readonly baseStreams: Streams,
  ) {}

  get fs(): VirtualFS {
    return this.io.sys.fs;
  }

  /** Runs a whole script: `exit`, fatal errors and the EXIT trap are handled here. */
  *run(list: ListNode): Gen<number> {
    let status: number;
    try {
      status = yield* this.runList(list, this.baseStreams);
    } catch (error) {
      if (error instanceof ExitShell && error.replaced) return error.status;
      status = this.statusOf(error);
    }
    return yield* this.runExitTrap(status);
  }

  /** Parses and runs text (`eval`, traps, `.`); a syntax error prints and returns 2. */
  *evalString(source: string, streams: Streams): Gen<number> {
    let list: ListNode;
    try {
      list = parseScript(source, this.state.flavour);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      sink(streams, 2)(`sh: ${error.message}\n`);
      return 2;
    }
    return yield* this.runList(list, streams);
  }

  *runList(list: ListNode, streams: Streams): Gen<number> {
    let status = 0;
    for (const item of list.items) status = yield* this.runAndOr(item.command, streams);
    return status;
  }

  *commandSubstitution(program: ListNode): Gen<string> {
    this.substitutions++;
    const { streams, output } = capturing(this.baseStreams, '');
    this.state.lastStatus = yield* this.subshell(program, streams);
    return output();
  }

  /** Runs a list in a copy of the shell state, as a forked subshell would. */
  *subshell(list: ListNode, streams: Streams): Gen<number> {
    const state = this.state.clone();
    for (const [condition, action] of state.traps) if (action !== '') state.traps.delete(condition);
    const child = new Interpreter(state, this.io, false, streams);
    try {
      return yield* child.runList(list, streams);
    } catch (error) {
      return child.statusOf(error);
    }
  }

  /** Runs the traps of signals received since the last command boundary. */
  *runPendingTraps(streams: Streams): Gen<void> {
    while (this.state.pendingTraps.length > 0) {
      const action = this.state.traps.get(this.state.pendingTraps.shift() as never);
      if (!action) continue;
      const saved = this.state.lastStatus;
      yield* this.evalString(action, streams);
      this.state.lastStatus = saved;
    }
  }

  /** Runs a command by name: builtin, function (unless `command` skips them), then `$PATH` (used by `exec` and `command`). */
  *invoke(fields: readonly string[], streams: Streams, options: { env?: Record<string, string>; exec?: boolean; skipFunctions?: boolean } = {}): Gen<number> {
    const name = fields[0] as string;
    const builtin = SHELL_BUILTINS[name] ?? FLAVOUR_BUILTINS[this.state.flavour][name];
    if (builtin) {
      const result = builtin(this, fields, streams);
      return typeof result === 'number' ? result : yield* result;
    }
    const fn = options.skipFunctions ? undefined : this.state.functions.get(name);
    if (fn) return yield* this.callFunction(fn, fields.slice(1), streams);
    return yield* this.runExternal(fields, streams, options);
  }

  private statusOf(error: unknown): number {
    if (error instanceof ExitShell || error instanceof ReturnFromFunction) return error.status;
    if (error instanceof ShellFatal) {
      sink(this.baseStreams, 2)(`sh: ${error.message}\n`);
      return error.status;
    }
    if (error instanceof BreakLoop || error instanceof ContinueLoop) return 0;
    throw error;
  }

  private *runExitTrap(status: number): Gen<number> {
    const action = this.state.traps.get('EXIT');
    if (!action) return status;
    this.state.traps.delete('EXIT');
    this.state.lastStatus = status;
    try {
      yield* this.evalString(action, this.baseStreams);
      return status;
    } catch (error) {
      return this.statusOf(error);
    }
  }

  private *runAndOr(node: AndOrNode, streams: Streams): Gen<number> {
    const pipelines = [node.first, ...node.rest.map((entry) => entry.pipeline)];
    let status = 0;
    for (let i = 0; i < pipelines.length; i++) {
      const op = i === 0 ? undefined : node.rest[i - 1]?.op;
      if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
      const pipeline = pipelines[i] as PipelineNode;
      const last = i === pipelines.length - 1;
      status = last ? yield* this.runPipeline(pipeline, streams) : yield* this.inCondition(this.runPipeline(pipeline, streams));
      if (last && status !== 0 && this.state.errexit && this.conditionDepth === 0 && !pipeline.negated) throw new ExitShell(status);
    }
    yield* this.runPendingTraps(streams);
    return status;
  }

  private *inCondition<T>(body: Gen<T>): Gen<T> {
    this.conditionDepth++;
    try {
      return yield* body;
    } finally {
      this.conditionDepth--;
    }
  }

  private *runPipeline(node: PipelineNode, streams: Streams): Gen<number> {
    let status: number;
    if (node.commands.length === 1) status = yield* this.runCommand(node.commands[0] as CommandNode, streams);
    else status = yield* this.runMultiPipeline(node.commands, streams);
    if (node.negated) status = status === 0 ? 1 : 0;
    this.state.lastStatus = status;
    return status;
  }

  /** Each stage is a subshell, as in ash; stage N+1 reads all of stage N's output. */
  private *runMultiPipeline(commands: readonly CommandNode[], streams: Streams): Gen<number> {
    let input = streams.stdin;
    let status = 0;
    for (const [index, command] of commands.entries()) {
      const list: ListNode = { kind: 'list', items: [{ command: { kind: 'andor', first: { kind: 'pipeline', negated: false, commands: [command] }, rest: [] }, background: false }] };
      if (index === commands.length - 1) return yield* this.subshell(list, { ...streams, stdin: input });
      const capture = capturing(streams, input);
      status = yield* this.subshell(list, capture.streams);
      input = capture.output();
    }
    return status;
  }

  private *runCommand(node: CommandNode, streams: Streams): Gen<number> {
    if (node.kind === 'simple') return yield* this.runSimple(node, streams);
    if (node.kind === 'function') {
      this.state.functions.set(node.name, node.body);
      return 0;
    }
    const redirected = yield* applyRedirects(this, this.io.sys, node.redirects, streams);
    if (!redirected.ok) return this.redirectFailed(redirected.message, streams);
    const s = redirected.streams;
    switch (node.kind) {
      case 'if':
        return yield* this.runIf(node, s);
      case 'while':
      case 'until':
        return yield* this.runLoop(node, s);
      case 'for':
        return yield* this.runFor(node, s);
      case 'case':
        return yield* this.runCase(node, s);
      case 'group':
        return yield* this.runList(node.body, s);
      case 'subshell':
        return yield* this.subshell(node.body, s);
    }
  }

  private redirectFailed(message: string, streams: Streams): number {
    sink(streams, 2)(`sh: ${message}\n`);
    return 1;
  }

  private *runSimple(command: SimpleCommand, streams: Streams): Gen<number> {
    yield CPU_STEP;
    this.line = command.line;
    const substitutionsBefore = this.substitutions;
    const fields = yield* expandFields(this, command.words);
    if (fields.length === 0) {
      for (const assignment of command.assignments) yield* assign(this, assignment);
      const redirected = yield* applyRedirects(this, this.io.sys, command.redirects, streams);
      if (!redirected.ok) return this.redirectFailed(redirected.message, streams);
      return this.substitutions > substitutionsBefore ? this.state.lastStatus : 0;
    }
    const assignments: Record<string, string> = {};
    for (const { name, value } of command.assignments) assignments[name] = yield* expandString(this, value);
    const redirected = yield* applyRedirects(this, this.io.sys, command.redirects, streams);
    if (!redirected.ok) return this.redirectFailed(redirected.message, streams);
    if (this.state.xtrace) sink(streams, 2)(`+ ${fields.join(' ')}\n`);
    if (command === this.tailCommand && this.isExternal(fields[0] as string) && this.state.traps.size === 0) {
      throw new ExitShell(yield* this.invoke(fields, redirected.streams, { env: assignments, exec: true }), true);
    }
    return yield* this.invoke(fields, redirected.streams, { env: assignments });
  }

  /** Neither a builtin nor a function: what `$PATH` would have to provide. */
  isExternal(name: string): boolean {
    return SHELL_BUILTINS[name] === undefined && FLAVOUR_BUILTINS[this.state.flavour][name] === undefined && !this.state.functions.has(name);
  }

  private *callFunction(body: CommandNode, args: readonly string[], streams: Streams): Gen<number> {
    const saved = this.state.positional;
    this.state.positional = [...args];
    try {
      return yield* this.runCommand(body, streams);
    } catch (error) {
      if (error instanceof ReturnFromFunction) return error.status;
      throw error;
    } finally {
      this.state.positional = saved;
    }
  }

  private *runExternal(fields: readonly string[], streams: Streams, options: { env?: Record<string, string>; exec?: boolean }): Gen<number> {
    const name = fields[0] as string;
    const lookup = this.io.sys.findExecutable(name, this.state.cwd);
    if (lookup.kind === 'permission-denied') return this.commandError(streams, `${name}: Permission denied`, 126);
    if (lookup.kind !== 'found') {
      sink(streams, 2)(commandNotFound(this.messageContext(), name));
      return 127;
    }
    const handsOverPid1 = options.exec === true && this.isPid1;
    return yield* lookup.program({
      argv: [...lookup.argvPrefix, ...fields.slice(1)],
      env: { ...this.state.exportedEnv(), ...options.env },
      cwd: this.state.cwd,
      stdin: streams.stdin,
      stdout: sink(streams, 1),
      stderr: sink(streams, 2),
      sys: this.io.sys,
      onSignal: handsOverPid1 ? (handler) => this.io.onSignal(handler) : () => undefined,
    });
  }

  private commandError(streams: Streams, message: string, status: number): number {
    sink(streams, 2)(`${messagePrefix(this.messageContext())}${message}\n`);
    return status;
  }

  /** How this shell begins an error message at the current line (`sh: 1: ` in dash). */
  errorPrefix(): string {
    return messagePrefix(this.messageContext());
  }

  reportError(detail: string): void {
    sink(this.baseStreams, 2)(`${messagePrefix(this.messageContext())}${detail}\n`);
  }

  private messageContext(): MessageContext {
    return { flavour: this.state.flavour, scriptName: this.state.scriptName, line: this.line };
  }

  private *runIf(node: Extract<CommandNode, { kind: 'if' }>, streams: Streams): Gen<number> {
    for (const clause of node.clauses) {
      if ((yield* this.inCondition(this.runList(clause.condition, streams))) === 0) return yield* this.runList(clause.body, streams);
    }
    return node.elseBody ? yield* this.runList(node.elseBody, streams) : 0;
  }

  private *runLoop(node: Extract<CommandNode, { kind: 'while' | 'until' }>, streams: Streams): Gen<number> {
    let status = 0;
    for (;;) {
      const condition = yield* this.inCondition(this.runList(node.condition, streams));
      if ((condition === 0) !== (node.kind === 'while')) return status;
      const outcome = yield* this.loopBody(node.body, streams);
      if (outcome.break) return outcome.status;
      status = outcome.status;
    }
  }

  private *runFor(node: Extract<CommandNode, { kind: 'for' }>, streams: Streams): Gen<number> {
    const items = node.items ? yield* expandFields(this, node.items) : [...this.state.positional];
    let status = 0;
    for (const item of items) {
      yield CPU_STEP;
      this.state.set(node.name, item);
      const outcome = yield* this.loopBody(node.body, streams);
      status = outcome.status;
      if (outcome.break) break;
    }
    return status;
  }

  /** Runs one iteration, turning `break N`/`continue N` into loop control for this level. */
  private *loopBody(body: ListNode, streams: Streams): Gen<{ status: number; break: boolean }> {
    try {
      return { status: yield* this.runList(body, streams), break: false };
    } catch (error) {
      if (error instanceof BreakLoop || error instanceof ContinueLoop) {
        if (--error.levels > 0) throw error;
        return { status: 0, break: error instanceof BreakLoop };
      }
      throw error;
    }
  }

  private *runCase(node: Extract<CommandNode, { kind: 'case' }>, streams: Streams): Gen<number> {
    const subject = yield* expandString(this, node.subject);
    for (const item of node.items) {
      for (const pattern of item.patterns) {
        if (matchesPattern(subject, yield* expandPattern(this, pattern))) return item.body ? yield* this.runList(item.body, streams) : 0;
      }
    }
    return 0;
  }
}
