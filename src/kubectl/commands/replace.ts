/** `kubectl replace -f` (and `--force`: delete, wait, re-create). */
import { usageError } from '../errors';
import { readManifestObjects } from '../manifest-files';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { writeManifests } from './apply';

export const replaceCommand: Command = {
  name: 'replace',
  flags: { ...OUTPUT_FLAGS, ...DRY_RUN_FLAG, filename: { kind: 'stringArray', short: 'f' }, recursive: { kind: 'bool', short: 'R' }, force: { kind: 'bool' }, 'grace-period': { kind: 'int', default: -1 }, 'save-config': { kind: 'bool' } },
  run(context, args, flags) {
    if (!flags.has('filename')) throw usageError('must specify --filename to replace');
    if (flags.bool('force')) {
      for (const { object } of readManifestObjects(context, flags.strings('filename'))) {
        const namespace = object.metadata.namespace ?? context.namespace;
        const existing = context.cluster.get(object.kind, namespace, object.metadata.name ?? '');
        if (!existing) continue;
        context.cluster.api.delete(object.kind, namespace, object.metadata.name ?? '', { user: context.user, gracePeriodSeconds: flags.int('grace-period')! >= 0 ? flags.int('grace-period') : undefined });
        context.output.out(`${object.kind.toLowerCase()} "${object.metadata.name}" deleted`);
        context.cluster.waitUntil(() => context.cluster.get(object.kind, namespace, object.metadata.name ?? '')?.metadata.uid !== existing.metadata.uid, 3_600_000, `deletion of ${object.metadata.name}`);
      }
      writeManifests(context, flags, 'create');
      return;
    }
    writeManifests(context, flags, 'replace');
  },
};
