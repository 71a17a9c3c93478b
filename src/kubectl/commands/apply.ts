/** `kubectl apply -f`: client-side apply with the last-applied-configuration annotation. */
import { writeObjects, outcomeLine } from '../apply/object-writer';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { readManifests } from '../manifest-files';
import type { Flags } from '../argv';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { dryRunMode, printWritten, recordAnnotations, RECORD_FLAG } from './write-flags';

export const applyCommand: Command = {
  name: 'apply',
  flags: { ...OUTPUT_FLAGS, ...DRY_RUN_FLAG, ...RECORD_FLAG, filename: { kind: 'stringArray', short: 'f' }, recursive: { kind: 'bool', short: 'R' }, prune: { kind: 'bool' }, 'server-side': { kind: 'bool' }, validate: { kind: 'string' } },
  run(context, args, flags) {
    if (!flags.has('filename')) throw usageError('must specify one of -f and -k');
    writeManifests(context, flags, 'apply');
  },
};

/** Shared by apply, create -f and replace -f. */
export function writeManifests(context: CommandContext, flags: Flags, mode: 'apply' | 'create' | 'replace'): void {
  const dryRun = dryRunMode(flags);
  const { objects, errors } = readManifests(context, flags.strings('filename'), flags.bool('recursive'));
  const { outcomes, failed } = writeObjects(context, objects, { mode, dryRun, annotations: recordAnnotations(context, flags) });
  printWritten(context, flags, outcomes, dryRun, outcomeLine);
  for (const error of errors) context.output.err(error);
  if (failed || errors.length > 0) throw new KubectlError('', 1);
}
