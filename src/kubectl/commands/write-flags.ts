/** Flags shared by the commands that write objects: --dry-run, --record, -o. */
import type { Flags } from '../argv';
import type { WriteOutcome, DryRun } from '../apply/object-writer';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { formatObjects } from '../printers';
import type { FlagSpecs } from '../argv';

export const RECORD_FLAG: FlagSpecs = { record: { kind: 'bool' } };

export function dryRunMode(flags: Flags): DryRun {
  if (!flags.has('dry-run')) return 'none';
  const value = flags.string('dry-run');
  if (value === 'client' || value === 'server' || value === 'none') return value;
  if (value === 'true' || value === '') return 'client';
  if (value === 'false') return 'none';
  throw usageError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}

/**
 * `--record` stores the command line in `kubernetes.io/change-cause` (deprecated but still honoured in
 * kubectl 1.32, with a warning printed on stderr).
 */
export function recordAnnotations(context: CommandContext, flags: Flags): Record<string, string> | undefined {
  if (!flags.bool('record')) return undefined;
  context.output.err('Flag --record has been deprecated, --record will be removed in the future');
  return { 'kubernetes.io/change-cause': context.changeCause?.() ?? '' };
}

export function printWritten(context: CommandContext, flags: Flags, outcomes: WriteOutcome[], dryRun: DryRun, line: (o: WriteOutcome, d: DryRun) => string): void {
  const format = flags.string('output');
  if (format && format !== 'wide') {
    if (outcomes.length > 0) context.output.raw(formatObjects(outcomes.map((o) => o.object), format, { asList: outcomes.length > 1 }));
    return;
  }
  for (const outcome of outcomes) context.output.out(line(outcome, dryRun));
}
