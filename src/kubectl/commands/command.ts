/** One kubectl verb: its flags and what it does. Commands are registered in `commands/index.ts`. */
import type { FlagSpecs, Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';

export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly flags: FlagSpecs;
  /** The first positional argument names a subcommand (`create deployment`, `set image`, `rollout undo`). */
  readonly subcommands?: boolean;
  run(context: CommandContext, args: ParsedArgs, flags: Flags): void;
  /**
   * The parent command's own flags, all that cobra's Find knows while it looks for the subcommand (see
   * subcommand-words.ts); defaults to `flags`. `{}` where the parent has none and `flags` is the union of its
   * subcommands' (rollout, set, auth).
   */
  readonly parentFlags?: FlagSpecs;
  /**
   * For verbs whose flags depend on a subcommand (`create deployment` vs `create job`): chooses the flag
   * specs from the words cobra's Find sees; the dispatcher then parses with them and calls `run`.
   */
  flagsFor?(words: readonly string[]): FlagSpecs;
  /**
   * cobra's CommandPath() of the subcommand those words select (`kubectl create secret generic`), as named in
   * `See '... --help' for usage.`; the verb alone when they select none.
   */
  commandPath?(words: readonly string[]): string;
}

/** The flags of a parent command that has none of its own (`kubectl rollout`, `set`, `auth`, `top`). */
export const NO_FLAGS: FlagSpecs = Object.freeze({});

/** Flags every command accepts (kubectl's persistent flags that matter in a simulation). */
export const GLOBAL_FLAGS: FlagSpecs = {
  namespace: { kind: 'string', short: 'n' },
  as: { kind: 'string' },
  'as-group': { kind: 'stringArray' },
  context: { kind: 'string' },
  kubeconfig: { kind: 'string' },
  'request-timeout': { kind: 'string' },
  v: { kind: 'string', short: 'v' },
};

/** Output and selection flags shared by the reading commands. */
export const OUTPUT_FLAGS: FlagSpecs = {
  output: { kind: 'string', short: 'o' },
  'show-labels': { kind: 'bool' },
  'no-headers': { kind: 'bool' },
  'label-columns': { kind: 'string', short: 'L' },
  'show-kind': { kind: 'bool' },
  template: { kind: 'string' },
  'allow-missing-template-keys': { kind: 'bool', default: true },
};

export const SELECTION_FLAGS: FlagSpecs = {
  selector: { kind: 'string', short: 'l' },
  'field-selector': { kind: 'string' },
  'all-namespaces': { kind: 'bool', short: 'A' },
  filename: { kind: 'stringArray', short: 'f' },
  recursive: { kind: 'bool', short: 'R' },
};

/** cmdutil.AddDryRunFlag: a bare `--dry-run` is `unchanged` (its NoOptDefVal), which kubectl treats as client. */
export const DRY_RUN_FLAG: FlagSpecs = { 'dry-run': { kind: 'string', noOptDefault: 'unchanged' } };
