/**
 * `kubectl replace -f`, and `--force` (k8s.io/kubectl/pkg/cmd/replace/replace.go `forceReplace`, v1.32): delete
 * every object of the manifests (missing ones are skipped), poll each once a second until it is gone, then
 * create them all again, printing `<kind> "<name>" deleted` and then `<kind>/<name> replaced`.
 */
import { ApiError, type StoredObject } from '../../api';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, renderApiError, usageError } from '../errors';
import { readManifestObjects, type SourcedObject } from '../manifest-files';
import { typeName } from '../resource-names';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { writeManifests } from './apply';
import { dryRunMode, VALIDATE_FLAG } from './write-flags';

/** replace.go: a `--timeout` of 0 (the default) means five minutes of polling. */
const DEFAULT_FORCE_TIMEOUT_MS = 5 * 60 * 1000;
const POLL_INTERVAL_MS = 1000;

export const replaceCommand: Command = {
  name: 'replace',
  flags: {
    ...OUTPUT_FLAGS,
    ...DRY_RUN_FLAG,
    filename: { kind: 'stringArray', short: 'f' },
    recursive: { kind: 'bool', short: 'R' },
    force: { kind: 'bool' },
    'grace-period': { kind: 'int', default: -1 },
    cascade: { kind: 'string', default: 'background', noOptDefault: 'background' },
    timeout: { kind: 'string' },
    'save-config': { kind: 'bool' },
    ...VALIDATE_FLAG,
  },
  run(context, args, flags) {
    validate(flags);
    if (flags.bool('force')) return forceReplace(context, flags);
    writeManifests(context, flags, 'replace');
  },
};

/** ReplaceOptions.Validate. */
function validate(flags: Flags): void {
  const force = flags.bool('force');
  if (flags.int('grace-period')! >= 0 && !force) throw new KubectlError('error: --grace-period must have --force specified');
  if (timeoutMs(flags) !== 0 && !force) throw new KubectlError('error: --timeout must have --force specified');
  if (force && dryRunMode(flags) !== 'none') throw new KubectlError('error: --dry-run can not be used when --force is set');
  if (!flags.has('filename')) throw usageError('must specify --filename to replace');
}

function forceReplace(context: CommandContext, flags: Flags): void {
  const docs = readManifestObjects(context, flags.strings('filename'));
  const deleted = deleteExisting(context, docs, flags);
  // DeleteResult: an input without objects deletes nothing and says so; the create step then fails on it.
  if (docs.length === 0) context.output.out('No resources found');
  const timeout = timeoutMs(flags) || DEFAULT_FORCE_TIMEOUT_MS;
  for (const object of deleted) pollUntilGone(context, object, timeout);
  writeManifests(context, flags, 'create', 'replaced');
}

/** `DeleteResult` with IgnoreNotFound: objects that do not exist are skipped silently. */
function deleteExisting(context: CommandContext, docs: readonly SourcedObject[], flags: Flags): StoredObject[] {
  // Complete(): `--grace-period=0` becomes 1, so replace never force-deletes.
  const grace = flags.int('grace-period')!;
  const gracePeriodSeconds = grace < 0 ? undefined : Math.max(grace, 1);
  const propagationPolicy = flags.string('cascade') === 'foreground' ? 'Foreground' : flags.string('cascade') === 'orphan' ? 'Orphan' : 'Background';
  const deleted: StoredObject[] = [];
  for (const { object } of docs) {
    const namespace = context.cluster.api.info(object.kind).namespaced ? object.metadata.namespace ?? context.namespace : undefined;
    const existing = context.cluster.get(object.kind, namespace, object.metadata.name ?? '');
    if (!existing) continue;
    try {
      context.cluster.api.delete(object.kind, namespace, existing.metadata.name, { user: context.user, gracePeriodSeconds, propagationPolicy });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new KubectlError(renderApiError(error));
    }
    deleted.push(existing);
    const kind = typeName(context.cluster.api.info(object.kind));
    context.output.out(flags.string('output') === 'name' ? `${kind}/${existing.metadata.name}` : `${kind} "${existing.metadata.name}" deleted`);
  }
  return deleted;
}

/** `wait.PollUntilContextTimeout(ctx, 1s, timeout, true, …)`: checks now, then on every whole second after. */
function pollUntilGone(context: CommandContext, object: StoredObject, timeout: number): void {
  const cluster = context.cluster;
  const gone = () => cluster.get(object.kind, object.metadata.namespace, object.metadata.name)?.metadata.uid !== object.metadata.uid;
  cluster.settle();
  for (let waited = 0; !gone(); waited += POLL_INTERVAL_MS) {
    if (waited >= timeout) throw new KubectlError('error: context deadline exceeded');
    cluster.advance(POLL_INTERVAL_MS);
  }
}

function timeoutMs(flags: Flags): number {
  return flags.has('timeout') ? flags.duration('timeout') ?? 0 : 0;
}
