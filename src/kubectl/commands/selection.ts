/** Shared object selection for get/delete/describe/label: by names, by `-f`, or by selectors. */
import { ApiError, parseFieldSelector, parseLabelSelector, SelectorParseError, type StoredObject } from '../../api';
import type { Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { readManifestObjects } from '../manifest-files';
import { parseResourceArgs, resolveType, type ResourceRequest } from '../resource-args';

export interface Selection {
  request: ResourceRequest;
  objects: StoredObject[];
}

export interface SelectOptions {
  /** Print NotFound for missing names and go on (get, describe, delete do). */
  collectNotFound: boolean;
}

export function select(context: CommandContext, args: ParsedArgs, flags: Flags, options: SelectOptions): Selection[] {
  if (flags.has('filename')) return selectFromFiles(context, flags, options);
  const requests = parseResourceArgs(args.positional);
  return requests.map((request) => ({ request, objects: request.names.length > 0 ? byName(context, request, options) : bySelector(context, request, flags) }));
}

function byName(context: CommandContext, request: ResourceRequest, options: SelectOptions): StoredObject[] {
  const found: StoredObject[] = [];
  for (const name of request.names) {
    try {
      found.push(context.cluster.api.get(request.info.kind, context.namespace, name, { user: context.user }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== 'NotFound' || !options.collectNotFound) throw error;
      context.output.err(`Error from server (NotFound): ${error.message}`);
    }
  }
  return found;
}

function bySelector(context: CommandContext, request: ResourceRequest, flags: Flags): StoredObject[] {
  const all = flags.bool('all-namespaces');
  try {
    const labelSelector = flags.has('selector') ? parseLabelSelector(flags.string('selector')!) : undefined;
    const fieldSelector = flags.has('field-selector') ? parseFieldSelector(flags.string('field-selector')!, request.info.kind) : undefined;
    return context.cluster.api.list(request.info.kind, all ? undefined : context.namespace, { user: context.user, labelSelector, fieldSelector });
  } catch (error) {
    if (error instanceof SelectorParseError) throw usageError(error.message);
    throw error;
  }
}

function selectFromFiles(context: CommandContext, flags: Flags, options: SelectOptions): Selection[] {
  const selections: Selection[] = [];
  for (const doc of readManifestObjects(context, flags.strings('filename'), flags.bool('recursive'))) {
    const info = resolveType(doc.object.kind);
    const namespace = info.namespaced ? doc.object.metadata.namespace ?? context.namespace : undefined;
    const request = { info, names: [doc.object.metadata.name ?? ''] };
    const objects = byName({ ...context, namespace: namespace ?? context.namespace }, request, options);
    selections.push({ request, objects });
  }
  return selections;
}

export function requireResourceType(args: ParsedArgs, flags: Flags, verb: string): void {
  if (args.positional.length === 0 && !flags.has('filename')) {
    throw usageError(
      `You must specify the type of resource to ${verb}. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl ${verb} -h' for help and examples`,
    );
  }
}
