/**
 * The kubectl emulator: one command line in, kubectl's stdout, stderr and exit code out. It talks to the
 * simulated cluster only through its API (with the caller's identity, so RBAC applies), and prints exactly
 * what kubectl v1.32 prints. Commands that block in real kubectl (`delete`, `rollout status`, `wait`) advance
 * the virtual clock while they wait.
 */
import { ApiError } from '../api';
import { WaitTimeoutError } from '../cluster';
import { FlagError, Flags, parseFlags, QuotingError, tokenize, type FlagSpecs, type ParsedArgs } from './argv';
import { unknownCommandMessage } from './command-suggestions';
import type { Command } from './commands/command';
import { findCommand } from './commands';
import { GLOBAL_FLAGS } from './commands/command';
import { Output, type CommandContext, type CommandResult, type KubectlEnvironment } from './context';
import { KubectlError, renderApiError } from './errors';
import { FileAccessError } from './files';
import { commandUser } from './identity';
import { CustomColumnsError, GoTemplateError, JsonPathError, UnknownOutputFormatError } from './printers';
import { subcommandWords } from './subcommand-words';

export class Kubectl {
  constructor(private readonly env: KubectlEnvironment) {}

  /** Runs `kubectl ...` (the leading `kubectl` is optional). */
  run(line: string): CommandResult {
    const output = new Output();
    let exitCode = 0;
    try {
      const { words, redirect } = tokenize(line);
      this.dispatch(words[0] === 'kubectl' ? words.slice(1) : words, output, line.trim().startsWith('kubectl') ? line.trim() : `kubectl ${line.trim()}`);
      if (redirect) {
        this.env.files.write(redirect.path, output.stdout, redirect.append);
        output.stdout = '';
      }
    } catch (error) {
      exitCode = this.report(error, output);
    } finally {
      this.env.cluster.settle();
    }
    return { stdout: output.stdout, stderr: output.stderr, exitCode: exitCode || (output.stderr.includes('Error from server') ? 1 : 0) };
  }

  private dispatch(words: string[], output: Output, commandLine: string): void {
    const verbIndex = findVerb(words);
    if (verbIndex < 0) throw new KubectlError(ROOT_HELP);
    const command = findCommand(words[verbIndex]!);
    if (!command) throw new KubectlError(unknownCommandMessage(words[verbIndex]!));
    const rest = [...words.slice(0, verbIndex), ...words.slice(verbIndex + 1)];
    const found = subcommandWords(rest, withGlobalFlags(command.parentFlags ?? command.flags));
    const specs = withGlobalFlags(command.flagsFor?.(found) ?? command.flags);
    // A flag value can be rejected while parsing or when a command reads it (`--replicas=abc`, `--timeout=soon`);
    // either way cobra prints pflag's message with a capital `Error:`.
    try {
      const args = parseFlags(rest, specs);
      const flags = new Flags(args, specs);
      flags.validate();
      command.run(this.context(flags, output, () => changeCause(command, args)), args, flags);
    } catch (e) {
      if (e instanceof FlagError) throw new KubectlError(`Error: ${e.message}\nSee '${command.commandPath?.(found) ?? `kubectl ${command.name}`} --help' for usage.`);
      throw e;
    }
  }

  private context(flags: Flags, output: Output, changeCause: () => string): CommandContext {
    const explicit = flags.string('namespace');
    const user = commandUser(this.env.cluster.api, this.env.user, flags.string('as'), flags.strings('as-group'));
    // One fixed shape rather than `{ ...this.env, ... }`: on Node 20, adding fields to a spread copy makes a new hidden class per call.
    const { cluster, files, stdin } = this.env;
    return {
      cluster,
      files,
      stdin,
      output,
      namespace: explicit ?? this.env.namespace ?? 'default',
      namespaceExplicit: explicit !== undefined,
      user,
      changeCause,
    };
  }

  private report(error: unknown, output: Output): number {
    if (error instanceof ApiError) output.err(renderApiError(error));
    else if (error instanceof KubectlError) {
      if (error.message) output.err(error.message);
      return error.exitCode;
    } else if (error instanceof WaitTimeoutError) output.err('error: timed out waiting for the condition');
    else if (error instanceof GoTemplateError) {
      // kubectl's template printer writes what it had printed, and its debugging block, to stdout before failing.
      if (error.printed) output.raw(error.printed);
      output.err(`error: ${error.message}`);
    } else if (error instanceof FileAccessError || error instanceof QuotingError || isPrinterError(error)) output.err(error.message.startsWith('error:') ? error.message : `error: ${error.message}`);
    else throw error;
    return 1;
  }
}

/** An `-o` the printers cannot honour (unknown format, bad custom-columns or JSONPath): kubectl's `error: ...`. */
function isPrinterError(error: unknown): error is Error {
  return error instanceof UnknownOutputFormatError || error instanceof CustomColumnsError || error instanceof JsonPathError;
}

/**
 * kubectl's `--record` change-cause (`parseCommandArguments` in cli-runtime/pkg/genericclioptions/record_flags.go):
 * `kubectl`, every non-flag argument (the command path included, and what follows `--`), then one
 * ` --name=value` per flag occurrence in the order typed, shorthands under their long name: pflag's `ParseAll`
 * calls back in argument order, and nothing sorts them.
 */
function changeCause(command: Command, args: ParsedArgs): string {
  const words = ['kubectl', command.name, ...args.positional, ...args.afterDash];
  return `${words.join(' ')}${args.occurrences.map(([name, value]) => ` --${name}=${value}`).join('')}`;
}

/**
 * A command's flags plus the global ones, merged once per flag table: copying a table of ~25 specs costs tens of
 * microseconds, more than parsing a command line, and every command's tables are static.
 */
function withGlobalFlags(flags: FlagSpecs): FlagSpecs {
  let merged = MERGED_FLAGS.get(flags);
  if (!merged) MERGED_FLAGS.set(flags, (merged = Object.freeze({ ...GLOBAL_FLAGS, ...flags })));
  return merged;
}

const MERGED_FLAGS = new WeakMap<FlagSpecs, FlagSpecs>();

/** Global flags by shorthand (`-n`, `-v`), for finding the verb. */
const GLOBAL_SHORTHANDS = new Map(Object.entries(GLOBAL_FLAGS).flatMap(([, spec]) => (spec.short ? [[spec.short, spec] as const] : [])));

/** The verb is the first word that is neither a flag nor the value of a global flag that takes one. */
function findVerb(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-')) return i;
    const name = w.replace(/^--?/, '');
    const spec = GLOBAL_FLAGS[name] ?? GLOBAL_SHORTHANDS.get(name);
    if (spec && spec.kind !== 'bool' && !w.includes('=')) i++;
  }
  return -1;
}

const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/`;
