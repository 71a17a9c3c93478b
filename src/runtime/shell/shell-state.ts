/** Everything a shell remembers between commands; subshells and `$(…)` work on a copy. */
import type { CommandNode } from './ast';
import type { ShellFlavour } from '../images/image-spec';
import type { Signal } from '../signals';

export interface Variable {
  value: string;
  exported: boolean;
}

/** `EXIT` (0) or a signal. */
export type TrapCondition = 'EXIT' | Signal;

export class ShellState {
  readonly vars = new Map<string, Variable>();
  readonly functions = new Map<string, CommandNode>();
  /** Trap actions; an empty action means "ignore". */
  readonly traps = new Map<TrapCondition, string>();
  /** Signals whose traps run at the next command boundary. */
  readonly pendingTraps: Signal[] = [];
  positional: string[] = [];
  lastStatus = 0;
  errexit = false;
  xtrace = false;
  /** Which shell this is, for the few builtins whose behaviour differs (dash's `echo`). */
  flavour: ShellFlavour = 'ash';
  /** True only inside `wait`, the one place a trapped signal interrupts (POSIX §2.11). */
  interruptible = false;
  /** Where `read` continues in the current stdin text. */
  readCursor: { input: string; offset: number } | undefined;

  constructor(
    public cwd: string,
    public scriptName: string,
  ) {}

  static fromEnvironment(env: Readonly<Record<string, string>>, cwd: string, scriptName: string): ShellState {
    const state = new ShellState(cwd, scriptName);
    for (const [name, value] of Object.entries(env)) state.vars.set(name, { value, exported: true });
    if (!state.vars.has('PWD')) state.vars.set('PWD', { value: cwd, exported: true });
    if (!state.vars.has('IFS')) state.vars.set('IFS', { value: ' \t\n', exported: false });
    return state;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  set(name: string, value: string): void {
    const existing = this.vars.get(name);
    this.vars.set(name, { value, exported: existing?.exported ?? false });
  }

  exportedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, variable] of this.vars) if (variable.exported) env[name] = variable.value;
    return env;
  }

  clone(): ShellState {
    const copy = new ShellState(this.cwd, this.scriptName);
    for (const [name, variable] of this.vars) copy.vars.set(name, { ...variable });
    for (const [name, body] of this.functions) copy.functions.set(name, body);
    for (const [condition, action] of this.traps) copy.traps.set(condition, action);
    copy.positional = [...this.positional];
    copy.lastStatus = this.lastStatus;
    copy.errexit = this.errexit;
    copy.xtrace = this.xtrace;
    copy.flavour = this.flavour;
    return copy;
  }
}
