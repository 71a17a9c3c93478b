/**
 * `kubectl rollout status TYPE/NAME [--watch] [--revision=N] [--timeout=D]`
 * (k8s.io/kubectl/pkg/cmd/rollout/rollout_status.go). kubectl watches the object and prints the status
 * line on every change; kubespec advances virtual time event by event instead, printing each new line
 * once, until the rollout is done, fails, or --timeout passes (without --timeout, an hour of virtual
 * time stands in for "forever").
 */
import type { StoredObject } from '../../../api';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { statusViewerFor } from './status-viewers';
import { groupKind, rolloutTargets, TARGET_FLAGS, type RolloutSubcommand } from './subcommand';

const FOREVER_MS = 3_600_000;

export const statusSubcommand: RolloutSubcommand = {
  name: 'status',
  flags: [...TARGET_FLAGS, 'watch', 'revision', 'timeout'],
  run(context, args, flags) {
    const revision = flags.int('revision') ?? 0;
    if (revision < 0) throw new KubectlError('error: revision must be a positive integer');
    const watch = flags.has('watch') ? flags.bool('watch') : true;
    const timeout = flags.has('timeout') ? flags.duration('timeout')! : 0;
    const targets = rolloutTargets(context, args, flags);
    if (targets.length === 0) context.output.err(`No resources found in ${context.namespace} namespace.`);
    for (const obj of targets) watchRollout(context, obj, revision, watch, timeout || FOREVER_MS);
  },
};

function watchRollout(context: CommandContext, obj: StoredObject, revision: number, watch: boolean, timeoutMs: number): void {
  const viewer = statusViewerFor(obj.kind);
  if (!viewer) throw new KubectlError(`error: no status viewer has been implemented for ${groupKind(context, obj)}`);
  let last: string | undefined;
  const observe = (): boolean => {
    const live = context.cluster.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
    if (live?.metadata.uid !== obj.metadata.uid) throw new KubectlError('error: object has been deleted');
    const { message, done } = viewer(live, revision);
    if (message !== last) context.output.raw(message);
    last = message;
    return done;
  };
  if (observe() || !watch) return;
  context.cluster.waitUntil(observe, timeoutMs, `rollout status ${obj.kind.toLowerCase()}/${obj.metadata.name}`);
}
