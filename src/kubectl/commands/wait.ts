/**
 * `kubectl wait --for=condition=Ready|--for=delete|--for=jsonpath='{.status.phase}'=Running TYPE/NAME`:
 * blocks, advancing virtual time event by event, until every object meets the condition or --timeout
 * (default 30s) passes.
 */
import type { StoredObject } from '../../api';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { objectName } from '../resource-names';
import { SELECTION_FLAGS, type Command } from './command';
import { select } from './selection';
import { printJsonPath } from '../printers';

type Predicate = (obj: StoredObject | undefined) => boolean;

export const waitCommand: Command = {
  name: 'wait',
  flags: { ...SELECTION_FLAGS, for: { kind: 'string' }, timeout: { kind: 'string', default: '30s' }, all: { kind: 'bool' } },
  run(context, args, flags) {
    const condition = flags.string('for');
    if (!condition) throw usageError('--for must be set');
    const predicate = parseCondition(condition);
    const objects = select(context, args, flags, { collectNotFound: condition !== 'delete' }).flatMap((s) => s.objects);
    if (objects.length === 0 && condition !== 'delete') throw new KubectlError('error: no matching resources found');
    const timeout = flags.duration('timeout')!;
    for (const obj of objects) waitFor(context, obj, predicate, timeout, condition);
  },
};

function waitFor(context: CommandContext, obj: StoredObject, predicate: Predicate, timeoutMs: number, condition: string): void {
  const current = () => context.cluster.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
  const live = () => {
    const now = current();
    return now?.metadata.uid === obj.metadata.uid ? now : undefined;
  };
  try {
    context.cluster.waitUntil(() => predicate(live()), timeoutMs, `${objectName(obj)} ${condition}`);
  } catch {
    // kubectl's own wording replaces the simulation's timeline here; the scenario's report still has it.
    const info = context.cluster.api.info(obj.kind);
    throw new KubectlError(`error: timed out waiting for the condition on ${info.plural}/${obj.metadata.name}`);
  }
  context.output.out(`${objectName(obj)} ${condition === 'delete' ? 'deleted' : 'condition met'}`);
}

function parseCondition(text: string): Predicate {
  if (text === 'delete') return (obj) => obj === undefined;
  const condition = /^condition=([^=]+)(?:=(.*))?$/.exec(text);
  if (condition) {
    const [type, wanted = 'True'] = [condition[1]!, condition[2]];
    return (obj) => conditionsOf(obj).some((c) => c.type.toLowerCase() === type.toLowerCase() && c.status.toLowerCase() === wanted.toLowerCase());
  }
  const jsonpath = /^jsonpath=(\{[^}]*\}|[^=]+)(?:=(.*))?$/.exec(text);
  if (jsonpath) {
    const expression = jsonpath[1]!.startsWith('{') ? jsonpath[1]! : `{${jsonpath[1]}}`;
    return (obj) => obj !== undefined && printJsonPath(obj, expression).trim() === (jsonpath[2] ?? '').replace(/^'|'$/g, '');
  }
  throw usageError(`unrecognized condition: "${text}"`);
}

function conditionsOf(obj: StoredObject | undefined): { type: string; status: string }[] {
  return ((obj?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
}
