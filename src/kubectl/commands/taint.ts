/**
 * `kubectl taint` (kubectl `pkg/cmd/taint/taint.go`, `utils.go`): `key=value:Effect` adds, `key:Effect-` or
 * `key-` removes, on the named nodes, `--all` or `-l`. The new taint list is the added taints followed by
 * the old ones they do not replace, and the verb printed (`tainted`, `untainted`, `modified`) follows
 * reorganizeTaints, quirks included.
 */
import { deepCopy, resolveResource, type StoredObject } from '../../api';
import type { Taint } from '../../api/schemas';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { DRY_RUN_FLAG, type Command } from './command';
import { dryRunSuffix } from './cordon';
import { select } from './selection';
import { dryRunMode } from './write-flags';

const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

interface TaintChanges {
  add: Taint[];
  remove: Taint[];
}

export const taintCommand: Command = {
  name: 'taint',
  flags: { ...DRY_RUN_FLAG, selector: { kind: 'string', short: 'l' }, all: { kind: 'bool' }, overwrite: { kind: 'bool' }, output: { kind: 'string', short: 'o' } },
  run(context, args, flags) {
    const { resources, changes } = splitArgs(args.positional);
    validate(resources, changes, flags);
    const names = flags.bool('all') || flags.has('selector') ? [] : resources.slice(1);
    const nodes = select(context, { ...args, positional: ['nodes', ...names] }, flags, { collectNotFound: true }).flatMap((s) => s.objects);
    const dryRun = dryRunMode(flags);
    for (const node of nodes) {
      const { operation, taints } = updateTaints(node, changes, flags.bool('overwrite'));
      if (dryRun !== 'client') {
        const next = deepCopy(node);
        context.cluster.api.update({ ...next, spec: { ...(next.spec as object), taints: taints.length > 0 ? taints : undefined } }, { user: context.user, dryRun: dryRun === 'server' });
      }
      context.output.out(`node/${node.metadata.name} ${operation}${dryRunSuffix(dryRun)}`);
    }
  },
};

function splitArgs(words: readonly string[]): { resources: string[]; changes: TaintChanges } {
  const resources: string[] = [];
  const taintArgs: string[] = [];
  for (const word of words) {
    const isTaint = word.includes('=') || word.includes(':') || word.endsWith('-');
    if (isTaint) taintArgs.push(word);
    else if (taintArgs.length > 0) throw usageError(`all resources must be specified before taint changes: ${word}`);
    else resources.push(word);
  }
  if (resources.length < 1) throw usageError('one or more resources must be specified as <resource> <name>');
  if (taintArgs.length < 1) throw usageError('at least one taint update is required');
  try {
    return { resources, changes: parseTaints(taintArgs) };
  } catch (error) {
    if (!(error instanceof KubectlError)) throw error;
    throw usageError(`${error.message}\nSee 'kubectl taint -h' for help and examples`);
  }
}

/** parseTaints: removals keep key and effect only; an addition needs an effect and must be unique per key+effect. */
export function parseTaints(specs: readonly string[]): TaintChanges {
  const changes: TaintChanges = { add: [], remove: [] };
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const { key, effect } = parseTaint(spec.slice(0, -1));
      changes.remove.push(effect ? { key, effect } : { key });
      continue;
    }
    const parsed = parseTaint(spec);
    if (!parsed.effect) throw new KubectlError(`invalid taint spec: ${spec}`);
    if (changes.add.some((t) => t.key === parsed.key && t.effect === parsed.effect)) {
      throw new KubectlError(`duplicated taints with the same key and effect: {${parsed.key} ${parsed.value ?? ''} ${parsed.effect} <nil>}`);
    }
    changes.add.push(parsed);
  }
  return changes;
}

function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  if (parts.length > 2) throw new KubectlError(`invalid taint spec: ${spec}`);
  const [kv = '', effect] = parts;
  if (effect !== undefined && !EFFECTS.has(effect)) throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect`);
  const kvParts = effect === undefined ? [kv] : kv.split('=');
  if (kvParts.length > 2) throw new KubectlError(`invalid taint spec: ${spec}`);
  const [key = '', value] = kvParts;
  if (value !== undefined && !LABEL_VALUE.test(value)) throw new KubectlError(`invalid taint spec: ${spec}, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
  if (!QUALIFIED_NAME.test(key)) throw new KubectlError(`invalid taint spec: ${spec}, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`);
  return { key, ...(value ? { value } : {}), ...(effect ? { effect } : {}) };
}

function validate(resources: readonly string[], changes: TaintChanges, flags: Flags): void {
  const type = resources[0]!.toLowerCase();
  if (resolveResource(type)?.kind !== 'Node') throw usageError(`invalid resource type ${type}, only node types are supported`);
  const conflicts = changes.remove
    .filter((r) => changes.add.some((a) => a.key === r.key && (!r.effect || a.effect === r.effect)))
    .map((r) => `${r.key}=${r.effect ?? ''}`);
  if (conflicts.length > 0) throw usageError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
  if (flags.bool('all') && flags.has('selector')) throw usageError("setting 'all' parameter with a non empty selector is prohibited");
  if (!flags.bool('all') && !flags.has('selector') && resources.length < 2) throw usageError("at least one resource name must be specified since 'all' parameter is not set");
}

/** updateTaints + reorganizeTaints. */
function updateTaints(node: StoredObject, changes: TaintChanges, overwrite: boolean): { operation: string; taints: Taint[] } {
  const old = ((node.spec as { taints?: Taint[] } | undefined)?.taints ?? []) as Taint[];
  if (!overwrite) {
    const exists = changes.add.filter((t) => old.some((o) => o.key === t.key && o.effect === t.effect)).map((t) => t.key);
    if (exists.length > 0) throw usageError(`node ${node.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`);
  }
  const taints = [...changes.add, ...old.filter((o) => !changes.add.some((t) => t.key === o.key && t.effect === o.effect))];
  const added = old.length !== taints.length;
  const { remaining, removed, errors } = removeTaints(taints, changes.remove);
  if (errors.length > 0) throw usageError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
  const operation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints: remaining };
}

/** deleteTaints: like kubectl, `removed` reflects only the last removal. */
function removeTaints(taints: Taint[], removals: readonly Taint[]): { remaining: Taint[]; removed: boolean; errors: string[] } {
  let remaining = taints;
  let removed = false;
  const errors: string[] = [];
  for (const r of removals) {
    const next = remaining.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
    removed = next.length !== remaining.length;
    remaining = next;
    if (!removed) errors.push(`taint "${taintString(r)}" not found`);
  }
  return { remaining, removed, errors };
}

/** Taint.ToString. */
function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key ?? '';
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}
