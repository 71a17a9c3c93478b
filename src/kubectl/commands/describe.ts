/** `kubectl describe`: kubectl's describers, with the object's Events. */
import type { StoredObject } from '../../api';
import type { CommandContext } from '../context';
import { describe } from '../printers';
import { SELECTION_FLAGS, type Command } from './command';
import { requireResourceType, select } from './selection';

export const describeCommand: Command = {
  name: 'describe',
  flags: { ...SELECTION_FLAGS, 'show-events': { kind: 'bool', default: true } },
  run(context, args, flags) {
    requireResourceType(args, flags, 'describe');
    const objects = select(context, args, flags, { collectNotFound: true }).flatMap((s) => s.objects);
    const texts = objects.map((obj) => describeOne(context, obj, flags.bool('show-events')));
    context.output.raw(texts.join('\n\n'));
    if (texts.length > 0) context.output.raw('\n');
  },
};

export function describeOne(context: CommandContext, obj: StoredObject, showEvents = true): string {
  const cluster = context.cluster;
  return describe(obj, {
    now: cluster.clock.now(),
    events: showEvents ? cluster.recorder.eventsFor(obj) : undefined,
    list: (kind, namespace) => cluster.list(kind, namespace),
  }).replace(/\n$/, '');
}
