/**
 * `kubectl label` and `kubectl annotate`: `key=value` sets, `key-` removes; changing an existing key needs
 * `--overwrite`. Output and errors as kubectl's cmd/label and cmd/annotate print them.
 */
import { deepCopy, type StoredObject } from '../../api';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { objectName } from '../resource-names';
import { DRY_RUN_FLAG, SELECTION_FLAGS, type Command } from './command';
import { select } from './selection';
import { dryRunMode } from './write-flags';

interface Edit {
  set: Record<string, string>;
  remove: string[];
}

function metadataCommand(name: 'label' | 'annotate', field: 'labels' | 'annotations', past: string): Command {
  return {
    name,
    flags: { ...SELECTION_FLAGS, ...DRY_RUN_FLAG, overwrite: { kind: 'bool' }, all: { kind: 'bool' }, list: { kind: 'bool' }, 'resource-version': { kind: 'string' }, output: { kind: 'string', short: 'o' } },
    run(context, args, flags) {
      const split = splitArgs(args.positional, name);
      const selections = select(context, { ...args, positional: split.resources }, flags, { collectNotFound: true });
      for (const obj of selections.flatMap((s) => s.objects)) editOne(context, flags, obj, split.edit, field, past);
    },
  };
}

function splitArgs(words: string[], verb: string): { resources: string[]; edit: Edit } {
  const edit: Edit = { set: {}, remove: [] };
  const resources: string[] = [];
  for (const word of words) {
    if (word.includes('=')) {
      const at = word.indexOf('=');
      edit.set[word.slice(0, at)] = word.slice(at + 1);
    } else if (word.endsWith('-') && resources.length > 0) edit.remove.push(word.slice(0, -1));
    else resources.push(word);
  }
  if (Object.keys(edit.set).length === 0 && edit.remove.length === 0) throw usageError(`at least one ${verb === 'label' ? 'label' : 'annotation'} update is required`);
  return { resources, edit };
}

function editOne(context: CommandContext, flags: Flags, obj: StoredObject, edit: Edit, field: 'labels' | 'annotations', past: string): void {
  const current = { ...(obj.metadata[field] ?? {}) };
  const dryRun = dryRunMode(flags);
  // cmd/label warns of each absent key it was asked to remove before labelFunc checks overwrites (not on
  // --dry-run=client, which edits the object locally); cmd/annotate says nothing.
  if (field === 'labels' && dryRun !== 'client') {
    for (const key of edit.remove) if (!(key in current)) context.output.out(`label ${JSON.stringify(key)} not found.`);
  }
  for (const [key, value] of Object.entries(edit.set)) {
    if (key in current && current[key] !== value && !flags.bool('overwrite')) {
      throw new KubectlError(`error: '${key}' already has a value (${current[key]}), and --overwrite is false`);
    }
    current[key] = value;
  }
  for (const key of edit.remove) delete current[key];
  const changed = JSON.stringify(current) !== JSON.stringify(obj.metadata[field] ?? {});
  if (changed && dryRun !== 'client') {
    const next = deepCopy(obj);
    next.metadata[field] = Object.keys(current).length > 0 ? current : undefined;
    context.cluster.api.update(next, { user: context.user, dryRun: dryRun === 'server' });
  }
  // kubectl label says `unlabeled` when the command only removed labels.
  const removalOnly = Object.keys(edit.set).length === 0 && field === 'labels';
  const verb = !changed ? `not ${past}` : removalOnly ? 'unlabeled' : past;
  context.output.out(`${objectName(obj)} ${verb}${dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : ''}`);
}

export const labelCommand = metadataCommand('label', 'labels', 'labeled');
export const annotateCommand = metadataCommand('annotate', 'annotations', 'annotated');
