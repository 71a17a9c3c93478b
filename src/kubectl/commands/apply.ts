/** `kubectl apply -f`: client-side apply with the last-applied-configuration annotation. */
import { writeObjects, outcomeLine, type WriteOutcome } from '../apply/object-writer';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { readManifests } from '../manifest-files';
import type { Flags } from '../argv';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { dryRunMode, fieldValidation, printWritten, recordAnnotations, RECORD_FLAG, VALIDATE_FLAG } from './write-flags';

export const applyCommand: Command = {
  name: 'apply',
  flags: { ...OUTPUT_FLAGS, ...DRY_RUN_FLAG, ...RECORD_FLAG, filename: { kind: 'stringArray', short: 'f' }, recursive: { kind: 'bool', short: 'R' }, prune: { kind: 'bool' }, 'server-side': { kind: 'bool' }, ...VALIDATE_FLAG },
  run(context, args, flags) {
    if (!flags.has('filename')) throw usageError('must specify one of -f and -k');
    writeManifests(context, flags, 'apply');
  },
};

/**
 * Shared by apply, create -f and replace -f. `printedVerb` replaces the verb of every printed line: `replace
 * --force` creates the objects but reports them `replaced`.
 */
export function writeManifests(context: CommandContext, flags: Flags, mode: 'apply' | 'create' | 'replace', printedVerb?: WriteOutcome['verb']): void {
  const dryRun = dryRunMode(flags);
  const validation = fieldValidation(flags);
  const { objects, errors } = readManifests(context, flags.strings('filename'), flags.bool('recursive'));
  // apply.go Run and create.go RunCreate refuse input with no object in it (and no error); plain replace does not.
  if (objects.length === 0 && errors.length === 0 && (mode !== 'replace' || printedVerb)) {
    throw new KubectlError(`error: no objects passed to ${printedVerb ? 'replace' : mode}`);
  }
  const { outcomes, failed } = writeObjects(context, objects, { mode, dryRun, annotations: recordAnnotations(context, flags), fieldValidation: validation });
  const printed = printedVerb ? outcomes.map((outcome) => ({ ...outcome, verb: printedVerb })) : outcomes;
  printWritten(context, flags, printed, dryRun, outcomeLine);
  for (const error of errors) context.output.err(error);
  if (failed || errors.length > 0) throw new KubectlError('', 1);
}
