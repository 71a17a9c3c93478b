/**
 * The `kubectl rollout` subcommands share one parsed flag set (the dispatcher parses the union of their
 * flags); each subcommand names the flags it really has, so a flag of another subcommand is still
 * rejected the way pflag rejects it (`Error: unknown flag: --revision`).
 */
import type { StoredObject } from '../../../api';
import type { Flags, ParsedArgs } from '../../argv';
import type { CommandContext } from '../../context';
import { KubectlError, usageError } from '../../errors';
import { GLOBAL_FLAGS } from '../command';
import { select } from '../selection';

export interface RolloutSubcommand {
  readonly name: string;
  /** Flag names this subcommand accepts besides the global ones. */
  readonly flags: readonly string[];
  run(context: CommandContext, args: ParsedArgs, flags: Flags): void;
}

export const TARGET_FLAGS = ['filename', 'recursive', 'selector', 'kustomize'];

/** pflag stops at the first flag the command does not know, in the order typed. */
export function rejectUnknownFlags(args: ParsedArgs, allowed: readonly string[], commandPath: string): void {
  for (const name of args.flags.keys()) {
    if (name in GLOBAL_FLAGS || allowed.includes(name)) continue;
    throw new KubectlError(`Error: unknown flag: --${name}\nSee '${commandPath} --help' for usage.`);
  }
}

/** The objects named by TYPE NAME, TYPE/NAME, -f or -l; at least one is required. */
export function rolloutTargets(context: CommandContext, args: ParsedArgs, flags: Flags): StoredObject[] {
  if (args.positional.length === 0 && !flags.has('filename')) throw usageError('required resource not specified');
  return select(context, args, flags, { collectNotFound: false }).flatMap((s) => s.objects);
}

/** `deployments.apps`: how kubectl names a resource in `error: deployments.apps "web" is already paused`. */
export function groupResource(context: CommandContext, obj: StoredObject): string {
  const info = context.cluster.api.info(obj.kind);
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}

/** schema.GroupKind.String(): `ReplicaSet.apps`, `Pod`. */
export function groupKind(context: CommandContext, obj: StoredObject): string {
  const info = context.cluster.api.info(obj.kind);
  return info.group ? `${info.kind}.${info.group}` : info.kind;
}
