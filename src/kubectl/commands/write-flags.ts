/** Flags shared by the commands that write objects: --dry-run, --record, --validate, -o. */
import type { FieldValidation } from '../../api';
import type { Flags } from '../argv';
import type { WriteOutcome, DryRun } from '../apply/object-writer';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { formatObjects } from '../printers';
import type { FlagSpecs } from '../argv';
import { outputFormat } from './output-format';

export const RECORD_FLAG: FlagSpecs = { record: { kind: 'bool' } };

/** cmdutil.AddValidateFlags: a bare `--validate` means strict (its NoOptDefVal). */
export const VALIDATE_FLAG: FlagSpecs = { validate: { kind: 'string', default: 'strict', noOptDefault: 'strict' } };

/** cmdutil.GetValidationDirective: the fieldValidation kubectl sends for a `--validate` value. */
export function fieldValidation(flags: Flags): FieldValidation {
  const value = flags.string('validate') ?? 'strict';
  const bool = goParseBool(value);
  if (bool !== undefined) return bool ? 'Strict' : 'Ignore';
  if (value === 'strict') return 'Strict';
  if (value === 'warn') return 'Warn';
  if (value === 'ignore') return 'Ignore';
  throw new KubectlError(`error: invalid - validate option ${JSON.stringify(value)}; must be one of: strict (or true), warn, ignore (or false)`);
}

/** strconv.ParseBool's spellings. */
function goParseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

export function dryRunMode(flags: Flags): DryRun {
  if (!flags.has('dry-run')) return 'none';
  const value = flags.string('dry-run');
  if (value === 'client' || value === 'server' || value === 'none') return value;
  // GetDryRunStrategy: the NoOptDefVal `unchanged` (a bare --dry-run) and boolean spellings are deprecated forms.
  if (value === 'unchanged') return 'client';
  const bool = goParseBool(value ?? '');
  if (bool !== undefined) return bool ? 'client' : 'none';
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
  const format = outputFormat(context, flags);
  if (format && format !== 'wide') {
    if (outcomes.length > 0) context.output.raw(formatObjects(outcomes.map((o) => o.object), format, { asList: outcomes.length > 1 }));
    return;
  }
  for (const outcome of outcomes) context.output.out(line(outcome, dryRun));
}
