/** `kubectl get`: tables with kubectl's columns, or -o yaml|json|name|wide|jsonpath|custom-columns. */
import type { StoredObject } from '../../api';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { formatObjects, noResourcesMessage, printTables as renderTables } from '../printers';
import { OUTPUT_FLAGS, SELECTION_FLAGS, type Command } from './command';
import { requireResourceType, select, type Selection } from './selection';
import { compareGoStrings } from '../../api/go-string-order';

export const getCommand: Command = {
  name: 'get',
  flags: { ...OUTPUT_FLAGS, ...SELECTION_FLAGS, watch: { kind: 'bool', short: 'w' }, 'ignore-not-found': { kind: 'bool' }, 'chunk-size': { kind: 'string' }, 'sort-by': { kind: 'string' } },
  run(context, args, flags) {
    requireResourceType(args, flags, 'get');
    if (flags.bool('watch')) throw usageError('--watch is not supported in a simulation: use `When I wait up to ... until ...` or `kubectl wait` instead');
    const selections = select(context, args, flags, { collectNotFound: !flags.bool('ignore-not-found') });
    const explicitNames = selections.some((s) => s.request.names.length > 0);
    const objects = selections.flatMap((s) => sortBy(s.objects, flags.string('sort-by')));
    const format = flags.string('output');
    if (format && format !== 'wide') {
      if (objects.length > 0 || explicitNames) context.output.raw(formatObjects(objects, format, { asList: !(selections.length === 1 && selections[0]!.request.names.length === 1), noHeaders: flags.bool('no-headers') }));
      return;
    }
    printTables(context, selections, flags, explicitNames);
  },
};

function printTables(context: CommandContext, selections: Selection[], flags: Flags, explicitNames: boolean): void {
  const nonEmpty = selections.filter((s) => s.objects.length > 0);
  if (nonEmpty.length === 0) {
    if (!explicitNames) context.output.err(noResourcesMessage(flags.bool('all-namespaces') || !selections.every((s) => s.request.info.namespaced) ? undefined : context.namespace));
    return;
  }
  const text = renderTables(
    nonEmpty.map((s) => ({ kind: s.request.info.kind, objects: s.objects })),
    {
      now: context.cluster.clock.now(),
      wide: flags.string('output') === 'wide',
      showLabels: flags.bool('show-labels'),
      withNamespace: flags.bool('all-namespaces'),
      noHeaders: flags.bool('no-headers'),
      labelColumns: flags.strings('label-columns'),
      showKind: flags.bool('show-kind') || selections.length > 1,
    },
  );
  context.output.raw(text);
}

/** `--sort-by=.metadata.name` style JSONPath over one field. */
function sortBy(objects: StoredObject[], path: string | undefined): StoredObject[] {
  if (!path) return objects;
  const parts = path.replace(/^\{?\.?/, '').replace(/\}$/, '').split('.');
  const value = (o: StoredObject) => parts.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), o);
  return [...objects].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return compareGoStrings(String(x ?? ''), String(y ?? ''));
  });
}
