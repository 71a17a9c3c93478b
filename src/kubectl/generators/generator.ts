/**
 * The contract every client-side generator (`kubectl create <what>`, `kubectl run`) follows: flags it
 * declares, and a pure `build` that turns the parsed command into the object kubectl would send,
 * throwing `GeneratorError` with kubectl's exact error text (k8s.io/kubectl/pkg/cmd/create/*.go).
 */
import type { KubeObject } from '../../api/object';
import type { SeededRandom } from '../../clock';
import type { Flags, FlagSpecs, ParsedArgs } from '../argv';
import type { ApiResourceMapper } from './api-discovery';

/** Positional words as pflag leaves them; `--` matters for cobra's ArgsLenAtDash. */
export type CommandArgs = Pick<ParsedArgs, 'positional' | 'afterDash' | 'sawDash'>;

export interface GeneratorContext {
  /** The namespace only when given explicitly (`-n`): kubectl's EnforceNamespace. Unset, no namespace is written. */
  namespace?: string;
  /** File contents, or undefined when there is no regular file there. Paths are as the user typed them. */
  readFile(path: string): string | undefined;
  /** The entries of a directory (names only), or undefined when the path is not a directory. */
  listDir(path: string): string[] | undefined;
  /** For kubectl's random container-name suffixes (`sanitizeAndUniquify`). */
  random: SeededRandom;
  /** Lines kubectl writes to stderr without failing (`Warning: 'foo' is not a standard resource verb`). */
  warn(line: string): void;
  /** The cluster's discovery; defaults to the v1.32 built-in API resources. */
  mapper?: ApiResourceMapper;
}

export interface Generator {
  /** The subcommand and its aliases: `['deployment', 'deploy']`. */
  readonly names: readonly string[];
  /** `secret` or `service` for the nested `kubectl create secret generic` forms. */
  readonly parent?: 'secret' | 'service';
  /** `kubectl create deployment`: used in usage errors (`See '... -h' for help and examples`). */
  readonly commandPath: string;
  /** cobra's Use line. */
  readonly usage: string;
  /** The generator's own flags; the caller adds the common ones (`CREATE_COMMON_FLAGS`). */
  readonly flags: FlagSpecs;
  /** Flags marked required with cobra's MarkFlagRequired, checked before anything else. */
  readonly required?: readonly string[];
  build(args: CommandArgs, flags: Flags, ctx: GeneratorContext): KubeObject;
}

/** An error as kubectl prints it: `error: <message>` (+ a usage hint line for usage errors). */
export class GeneratorError extends Error {
  constructor(
    message: string,
    /** The full stderr text, without the final newline. */
    readonly stderr: string = `error: ${message}`,
  ) {
    super(message);
    this.name = 'GeneratorError';
  }

  /** cmdutil.UsageErrorf. */
  static usage(commandPath: string, message: string): GeneratorError {
    return new GeneratorError(message, `error: ${message}\nSee '${commandPath} -h' for help and examples`);
  }
}

/** Flags every create subcommand (and run) shares with kubectl's printing and dry-run handling. */
export const CREATE_COMMON_FLAGS: FlagSpecs = {
  'dry-run': { kind: 'string', default: 'none', noOptDefault: 'unchanged' },
  output: { kind: 'string', short: 'o' },
  'save-config': { kind: 'bool' },
  validate: { kind: 'string', default: 'strict', noOptDefault: 'strict' },
  'field-manager': { kind: 'string', default: 'kubectl-create' },
  'show-managed-fields': { kind: 'bool' },
  template: { kind: 'string' },
  'allow-missing-template-keys': { kind: 'bool', default: true },
};

/** cobra's ValidateRequiredFlags: `required flag(s) "a", "b" not set`, names in sorted order. */
export function checkRequiredFlags(generator: Generator, flags: Flags): void {
  const missing = [...(generator.required ?? [])].filter((name) => !flags.has(name)).sort();
  if (missing.length > 0) throw new GeneratorError(`required flag(s) "${missing.join('", "')}" not set`);
}

/** create.NameFromCommandArgs: exactly one NAME before `--`; the words after it are the command. */
export function nameFromArgs(commandPath: string, args: CommandArgs): { name: string; command: string[] } {
  const beforeDash = args.positional.length;
  const count = args.sawDash ? beforeDash : beforeDash + args.afterDash.length;
  if (count !== 1) throw GeneratorError.usage(commandPath, `exactly one NAME is required, got ${count}`);
  return { name: args.positional[0]!, command: args.afterDash };
}

/** Builds the object after cobra's required-flag check, as kubectl's command does. */
export function runGenerator(generator: Generator, args: CommandArgs, flags: Flags, ctx: GeneratorContext): KubeObject {
  checkRequiredFlags(generator, flags);
  return generator.build(args, flags, ctx);
}

/** `metadata` with the namespace only when kubectl enforces it. */
export function objectMeta(name: string, ctx: GeneratorContext, extra: Record<string, unknown> = {}): KubeObject['metadata'] {
  return { name, ...(ctx.namespace !== undefined ? { namespace: ctx.namespace } : {}), ...extra };
}
