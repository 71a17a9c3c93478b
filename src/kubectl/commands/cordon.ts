/**
 * `kubectl cordon` / `kubectl uncordon` (kubectl `pkg/cmd/drain/drain.go` RunCordonOrUncordon and
 * `pkg/drain/cordon.go`): set or clear `spec.unschedulable` on the named nodes (or `-l`), printing
 * `node/NAME cordoned`, or `already cordoned` when nothing changes.
 */
import { deepCopy, type StoredObject } from '../../api';
import type { Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { DRY_RUN_FLAG, type Command } from './command';
import { select } from './selection';
import type { DryRun as DryRunMode } from '../apply/object-writer';
import { dryRunMode } from './write-flags';

export const NODE_SELECTION_FLAGS = { selector: { kind: 'string', short: 'l' } } as const;

function schedulabilityCommand(name: 'cordon' | 'uncordon', desired: boolean): Command {
  return {
    name,
    flags: { ...NODE_SELECTION_FLAGS, ...DRY_RUN_FLAG },
    run(context, args, flags) {
      const nodes = selectNodes(context, args, flags, name);
      const dryRun = dryRunMode(flags);
      for (const node of nodes) context.output.out(`node/${node.metadata.name} ${cordonNode(context, node, desired, dryRun)}${dryRunSuffix(dryRun)}`);
    },
  };
}

/** The nodes a cordon/uncordon/drain command line names: `NODE...` or `--selector`. */
export function selectNodes(context: CommandContext, args: ParsedArgs, flags: Flags, verb: string): StoredObject[] {
  if (args.positional.length === 0 && !flags.has('selector')) throw usageError(`USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  if (args.positional.length > 0 && flags.has('selector')) throw usageError(`error: cannot specify both a node name and a --selector option\nSee 'kubectl ${verb} -h' for help and examples`);
  return select(context, { ...args, positional: ['nodes', ...args.positional] }, flags, { collectNotFound: false }).flatMap((s) => s.objects);
}

/** CordonHelper.UpdateIfRequired + PatchOrReplace; returns the word kubectl prints. */
export function cordonNode(context: CommandContext, node: StoredObject, desired: boolean, dryRun: DryRunMode): string {
  const spec = (node.spec ?? {}) as { unschedulable?: boolean };
  if ((spec.unschedulable ?? false) === desired) return desired ? 'already cordoned' : 'already uncordoned';
  if (dryRun !== 'client') {
    const next = deepCopy(node);
    const nextSpec = { ...(next.spec as object) } as { unschedulable?: boolean };
    if (desired) nextSpec.unschedulable = true;
    else delete nextSpec.unschedulable;
    context.cluster.api.update({ ...next, spec: nextSpec }, { user: context.user, dryRun: dryRun === 'server' });
  }
  return desired ? 'cordoned' : 'uncordoned';
}

export function dryRunSuffix(mode: DryRunMode): string {
  return mode === 'client' ? ' (dry run)' : mode === 'server' ? ' (server dry run)' : '';
}

export const cordonCommand = schedulabilityCommand('cordon', true);
export const uncordonCommand = schedulabilityCommand('uncordon', false);
