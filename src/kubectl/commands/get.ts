/** `kubectl get`: tables with kubectl's columns, or -o yaml|json|name|wide|jsonpath|go-template|custom-columns. */
import type { StoredObject } from '../../api';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { formatObjects, noResourcesMessage, printTables as renderTables } from '../printers';
import { OUTPUT_FLAGS, SELECTION_FLAGS, type Command } from './command';
import { outputFormat } from './output-format';
import { requireResourceType, select, type Selection } from './selection';
import { withFields } from '../../api/with-fields';
import { sortObjectsBy } from '../printers/sort-by';

export const getCommand: Command = {
  name: 'get',
  flags: { ...OUTPUT_FLAGS, ...SELECTION_FLAGS, watch: { kind: 'bool', short: 'w' }, 'ignore-not-found': { kind: 'bool' }, 'chunk-size': { kind: 'string' }, 'sort-by': { kind: 'string' } },
  run(context, args, flags) {
    requireResourceType(args, flags, 'get');
    if (flags.bool('watch')) throw usageError('--watch is not supported in a simulation: use `When I wait up to ... until ...` or `kubectl wait` instead');
    const selections = select(context, args, flags, { collectNotFound: !flags.bool('ignore-not-found') });
    const explicitNames = selections.some((s) => s.request.names.length > 0);
    const sortBy = flags.string('sort-by');
    const format = outputFormat(context, flags);
    if (format && format !== 'wide') {
      const asList = !(selections.length === 1 && selections[0]!.request.names.length === 1);
      const all = selections.flatMap((s) => s.objects);
      const objects = sortBy && asList ? sortObjectsBy(all, sortBy, 'objects') : all;
      // printGeneric prints an empty listing as an empty List (`items: []`); only --ignore-not-found silences it.
      if (objects.length > 0 || !flags.bool('ignore-not-found')) context.output.raw(formatObjects(objects, format, { asList, noHeaders: flags.bool('no-headers'), allowMissingKeys: flags.bool('allow-missing-template-keys') }));
      return;
    }
    const tables = sortBy ? selections.map((s) => withFields(s, { objects: sortObjectsBy(s.objects, sortBy, 'table') })) : selections;
    printTables(context, tables, flags, explicitNames);
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
