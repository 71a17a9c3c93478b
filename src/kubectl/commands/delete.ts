/**
 * `kubectl delete`: by name, -f, -l or --all, with --grace-period, --force, --cascade and --wait (the
 * default), which blocks, advancing virtual time, until the objects are really gone.
 */
import { ApiError, type PropagationPolicy, type StoredObject } from '../../api';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, renderApiError, usageError } from '../errors';
import { typeName } from '../resource-names';
import { DRY_RUN_FLAG, SELECTION_FLAGS, type Command } from './command';
import { dryRunMode } from './write-flags';
import { requireResourceType, select } from './selection';

const FORCE_WARNING = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';
/** kubectl waits forever by default; a simulation caps it so a stuck finalizer fails instead of hanging. */
const DEFAULT_WAIT_MS = 60 * 60 * 1000;

export const deleteCommand: Command = {
  name: 'delete',
  flags: {
    ...SELECTION_FLAGS,
    ...DRY_RUN_FLAG,
    all: { kind: 'bool' },
    'grace-period': { kind: 'int', default: -1 },
    force: { kind: 'bool' },
    now: { kind: 'bool' },
    cascade: { kind: 'string', default: 'background', noOptDefault: 'background' },
    wait: { kind: 'bool', default: true },
    timeout: { kind: 'string' },
    'ignore-not-found': { kind: 'bool' },
    output: { kind: 'string', short: 'o' },
  },
  run(context, args, flags) {
    requireResourceType(args, flags, 'delete');
    // ToOptions reads --cascade before Complete looks at the arguments.
    const policy = propagation(flags.string('cascade')!, context);
    const requests = args.positional.length > 0 && !flags.has('filename') ? args.positional : [];
    if (requests.length === 1 && !requests[0]!.includes('/') && !flags.bool('all') && !flags.has('selector') && !flags.has('field-selector') && !flags.bool('all-namespaces')) {
      throw usageError('resource(s) were provided, but no name was specified');
    }
    const grace = gracePeriod(context, flags);
    const dryRun = dryRunMode(flags);
    // Named objects and -f go straight to DELETE (the builder's RequireObject(false)): only the delete is authorized.
    const byName = flags.has('filename') || args.positional.some((a) => a.includes('/')) || args.positional.length > 1;
    const selections = select(byName ? { ...context, user: undefined } : context, args, flags, { collectNotFound: !flags.bool('ignore-not-found') });
    const targets = selections.flatMap((s) => s.objects);
    if (targets.length === 0 && !selections.some((s) => s.request.names.length > 0)) {
      context.output.out('No resources found');
      return;
    }
    const deleted = deleteAll(context, targets, { grace, policy, dryRun: dryRun !== 'none', force: flags.bool('force') });
    if (flags.bool('wait') && dryRun === 'none') waitForDeletion(context, deleted, flags);
    if (context.output.stderr.includes('Error from server')) throw new KubectlError('', 1);
  },
};

function deleteAll(context: CommandContext, targets: StoredObject[], o: { grace?: number; policy: PropagationPolicy; dryRun: boolean; force: boolean }): StoredObject[] {
  const deleted: StoredObject[] = [];
  const suffix = o.dryRun ? ' (dry run)' : '';
  for (const obj of targets) {
    try {
      context.cluster.api.delete(obj.kind, obj.metadata.namespace, obj.metadata.name, { user: context.user, gracePeriodSeconds: o.grace, propagationPolicy: o.policy, dryRun: o.dryRun });
      deleted.push(obj);
      const info = context.cluster.api.info(obj.kind);
      context.output.out(`${typeName(info)} "${obj.metadata.name}" ${o.force && o.grace === 0 ? 'force deleted' : 'deleted'}${suffix}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      context.output.err(renderApiError(error));
    }
  }
  return deleted;
}

function waitForDeletion(context: CommandContext, deleted: StoredObject[], flags: Flags): void {
  const timeout = flags.has('timeout') && flags.duration('timeout') !== 0 ? flags.duration('timeout')! : DEFAULT_WAIT_MS;
  const gone = () => deleted.every((o) => context.cluster.get(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !== o.metadata.uid);
  const names = deleted.map((o) => `${o.kind.toLowerCase()}/${o.metadata.name}`).join(', ');
  context.cluster.waitUntil(gone, timeout, `deletion of ${names}`);
}

/** kubectl: `--force` alone means grace 0; `--grace-period=0` without `--force` is turned into 1 to avoid accidents. */
function gracePeriod(context: CommandContext, flags: Flags): number | undefined {
  let grace = flags.int('grace-period')!;
  if (flags.bool('now')) grace = 1;
  if (flags.bool('force')) {
    if (grace < 0) grace = 0;
    if (grace === 0) context.output.err(FORCE_WARNING);
  } else if (grace === 0) grace = 1;
  return grace < 0 ? undefined : grace;
}

/**
 * delete_flags.go parseCascadingFlag: the three policies by name, or any value Go's strconv.ParseBool takes,
 * which kubectl still honours with a deprecation warning on stderr (true → background, false → orphan).
 */
function propagation(cascade: string, context: CommandContext): PropagationPolicy {
  switch (cascade) {
    case 'background':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
      return 'Orphan';
  }
  const asBool = GO_BOOLS[cascade];
  if (asBool === undefined) throw usageError(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"`);
  const policy = asBool ? 'background' : 'orphan';
  context.output.err(`warning: --cascade=${cascade} is deprecated (boolean value) and can be replaced with --cascade=${policy}.`);
  return asBool ? 'Background' : 'Orphan';
}

const GO_BOOLS: Readonly<Record<string, boolean>> = {
  1: true, t: true, T: true, TRUE: true, true: true, True: true,
  0: false, f: false, F: false, FALSE: false, false: false, False: false,
};
