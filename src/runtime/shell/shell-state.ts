/** Everything a shell remembers between commands; subshells and `$(…)` work on a copy. */
import type { CommandNode } from './ast';
import type { ShellFlavour } from '../images/image-spec';
import type { Signal } from '../signals';

export interface Variable {
  value: string;
  exported: boolean;
  /**
   * bash's indexed arrays: sparse, index → element. `$a` is `${a[0]}`, so `value` mirrors element 0
   * ('' when unset) and an array is never exported (bash leaves arrays out of the environment).
   */
  elements?: Map<number, string>;
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
    const variable = this.vars.get(name);
    return variable?.elements ? variable.elements.get(0) : variable?.value;
  }

  set(name: string, value: string): void {
    const existing = this.vars.get(name);
    if (existing?.elements) this.setElement(name, 0, value);
    else this.vars.set(name, { value, exported: existing?.exported ?? false });
  }

  /** A scalar reads as a one-element array, as in bash (`x=a; echo ${x[0]} ${#x[@]}`). */
  elements(name: string): Map<number, string> {
    const variable = this.vars.get(name);
    if (variable?.elements) return variable.elements;
    return variable === undefined ? new Map() : new Map([[0, variable.value]]);
  }

  /** `a=(…)` replaces the array; `a+=(…)` appends after the highest index. */
  setArray(name: string, values: readonly string[], append: boolean): void {
    const elements = append ? new Map(this.elements(name)) : new Map<number, string>();
    let next = append ? Math.max(-1, ...elements.keys()) + 1 : 0;
    for (const value of values) elements.set(next++, value);
    this.vars.set(name, { value: elements.get(0) ?? '', exported: this.vars.get(name)?.exported ?? false, elements });
  }

  setElement(name: string, index: number, value: string): void {
    const elements = new Map(this.elements(name));
    elements.set(index, value);
    this.vars.set(name, { value: elements.get(0) ?? '', exported: this.vars.get(name)?.exported ?? false, elements });
  }

  exportedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, variable] of this.vars) if (variable.exported && !variable.elements) env[name] = variable.value;
    return env;
  }

  clone(): ShellState {
    const copy = new ShellState(this.cwd, this.scriptName);
    for (const [name, variable] of this.vars) copy.vars.set(name, { ...variable, ...(variable.elements ? { elements: new Map(variable.elements) } : {}) });
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
