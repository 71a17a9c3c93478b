/**
 * `kubectl create <generator>` and `kubectl run`: the generators in `../generators` build the object kubectl
 * would send; this file parses the command for the chosen generator, prints dry runs exactly as kubectl
 * does, or creates the object through the API.
 */
import { ApiError, type KubeObject, type StoredObject } from '../../api';
import type { Flags, FlagSpecs, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, renderApiError, usageError } from '../errors';
import {
  CREATE_COMMON_FLAGS,
  describeCreated,
  GeneratorError,
  jobFromCronJob,
  jobSourceOf,
  printDryRun,
  resolveCreateGenerator,
  runGenerator,
  withLastAppliedConfiguration,
  type Generator,
  type GeneratorContext,
} from '../generators';
import { formatObjects } from '../printers';
import { GLOBAL_FLAGS } from './command';
import { dryRunMode, fieldValidation } from './write-flags';
import { outputFormat } from './output-format';

/** The generator that `create`'s subcommand words (flags removed as cobra's Find removes them) select. */
export function generatorFor(words: readonly string[]): Generator | undefined {
  try {
    return resolveCreateGenerator(words.slice(0, 2))?.generator;
  } catch {
    return undefined; // reported with kubectl's wording when the command runs
  }
}

export function generatorFlags(generator: Generator): FlagSpecs {
  return { ...CREATE_COMMON_FLAGS, ...generator.flags };
}

export function runGenerated(context: CommandContext, generator: Generator, args: ParsedArgs, flags: Flags, skipWords: number): void {
  const dryRun = dryRunMode(flags);
  // Each create subcommand's Complete reads --validate first, so a bad value fails before anything is built.
  fieldValidation(flags);
  const object = buildGenerated(context, generator, args, flags, skipWords);
  if (dryRun === 'client') return printResult(context, flags, object, ' (dry run)');
  const created = createGenerated(context, object, dryRun === 'server');
  printResult(context, flags, created, dryRun === 'server' ? ' (server dry run)' : '');
}

/** The object the command would send, as kubectl builds it (validated, with its last-applied annotation where kubectl adds one). */
export function buildGenerated(context: CommandContext, generator: Generator, args: ParsedArgs, flags: Flags, skipWords: number): KubeObject {
  const commandArgs = { ...args, positional: args.positional.slice(skipWords) };
  const object = build(context, generator, commandArgs, flags);
  const lastApplied = flags.bool('save-config') || (generator.commandPath === 'kubectl run' && dryRunMode(flags) !== 'client');
  return lastApplied ? withLastAppliedConfiguration(object) : object;
}

/** Creates a generated object in the command's namespace (unless it names its own), with kubectl's rendering of API errors. */
export function createGenerated(context: CommandContext, object: KubeObject, serverDryRun = false): StoredObject {
  const namespaced = { ...object, metadata: { ...object.metadata, namespace: object.metadata.namespace ?? context.namespace } };
  try {
    return context.cluster.api.create(namespaced, { user: context.user, dryRun: serverDryRun });
  } catch (error) {
    if (error instanceof ApiError) throw new KubectlError(renderApiError(error));
    throw error;
  }
}

function build(context: CommandContext, generator: Generator, args: ParsedArgs, flags: Flags): KubeObject {
  const ctx = generatorContext(context, flags);
  try {
    if (generator.names.includes('job') && flags.has('from')) return jobFrom(context, args, flags, ctx);
    return runGenerator(generator, args, flags, ctx);
  } catch (error) {
    if (error instanceof GeneratorError) throw new KubectlError(error.stderr);
    throw error;
  }
}

function jobFrom(context: CommandContext, args: ParsedArgs, flags: Flags, ctx: GeneratorContext): KubeObject {
  const { name, from } = jobSourceOf(args, flags);
  const [type, cronName] = (from ?? '').split('/');
  if (!['cronjob', 'cronjobs', 'cj', 'cronjob.batch'].includes(type ?? '') || !cronName) throw usageError(`from must be an existing cronjob: ${from}`);
  const cronJob = context.cluster.api.get('CronJob', context.namespace, cronName, { user: context.user });
  return jobFromCronJob(cronJob, name, { namespace: ctx.namespace });
}

function generatorContext(context: CommandContext, flags: Flags): GeneratorContext {
  const files = context.files;
  return {
    namespace: context.namespaceExplicit ? context.namespace : undefined,
    readFile: (path) => (files.exists(path) && !files.isDirectory(path) ? files.read(path) : undefined),
    listDir: (path) => (files.isDirectory(path) ? files.listDir(path) : undefined),
    random: context.cluster.random,
    warn: (line) => context.output.err(line),
  };
  void flags;
}

function printResult(context: CommandContext, flags: Flags, object: KubeObject, suffix: string): void {
  const format = outputFormat(context, flags);
  if (format === 'yaml' || format === 'json') context.output.raw(suffix === ' (dry run)' ? printDryRun(object, format) : formatObjects([object], format, { asList: false }));
  else if (format && format !== 'wide') context.output.raw(formatObjects([object], format, { asList: false }));
  else context.output.out(`${describeCreated(object)} created${suffix}`);
}

export const GENERATED_GLOBALS = GLOBAL_FLAGS;
