/**
 * `kubectl drain` (kubectl `pkg/cmd/drain/drain.go`, `pkg/drain/drain.go`, `filters.go`): cordon, then evict
 * every pod on the node that the filters allow (DaemonSet pods need `--ignore-daemonsets`, emptyDir pods
 * `--delete-emptydir-data`, pods without a controller `--force`; mirror pods are skipped), and wait, advancing
 * virtual time, until they are gone. kubespec has no PodDisruptionBudgets, so an eviction is a delete with
 * the eviction's grace period.
 */
import { ApiError, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { WaitTimeoutError } from '../../cluster';
import type { DryRun } from '../apply/object-writer';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { DRY_RUN_FLAG, type Command } from './command';
import { cordonNode, dryRunSuffix, NODE_SELECTION_FLAGS, selectNodes } from './cordon';
import { podsForDeletion, type PodDeleteList } from './drain-filters';
import { dryRunMode } from './write-flags';

/** kubectl waits forever with `--timeout=0s`; a simulation caps it so a stuck pod fails instead of hanging. */
const UNBOUNDED_WAIT_MS = 60 * 60 * 1000;

export const drainCommand: Command = {
  name: 'drain',
  flags: {
    ...NODE_SELECTION_FLAGS,
    ...DRY_RUN_FLAG,
    force: { kind: 'bool' },
    'ignore-daemonsets': { kind: 'bool' },
    'delete-emptydir-data': { kind: 'bool' },
    'delete-local-data': { kind: 'bool' },
    'grace-period': { kind: 'int', default: -1 },
    timeout: { kind: 'string', default: '0s' },
    'pod-selector': { kind: 'string' },
    'disable-eviction': { kind: 'bool' },
    'skip-wait-for-delete-timeout': { kind: 'int', default: 0 },
    'chunk-size': { kind: 'int', default: 500 },
  },
  run(context, args, flags) {
    const nodes = selectNodes(context, args, flags, 'drain');
    const dryRun = dryRunMode(flags);
    for (const node of nodes) context.output.out(`node/${node.metadata.name} ${cordonNode(context, node, true, dryRun)}${dryRunSuffix(dryRun)}`);
    const failed: { node: string; error: string }[] = [];
    for (const node of nodes) {
      const error = drainNode(context, flags, node, dryRun);
      if (error === undefined) context.output.out(`node/${node.metadata.name} drained${dryRunSuffix(dryRun)}`);
      else {
        context.output.err(`error: unable to drain node "${node.metadata.name}" due to error: ${error}, continuing command...`);
        failed.push({ node: node.metadata.name, error });
      }
    }
    if (failed.length === 0) return;
    context.output.err(`There are pending nodes to be drained:\n${failed.map((f) => ` ${f.node}`).join('\n')}`);
    throw new KubectlError(failed.length === 1 ? `error: ${failed[0]!.error}` : failed.map((f) => f.error).join('\n'));
  },
};

/** deleteOrEvictPodsSimple; returns the error text, or undefined when the node is drained. */
function drainNode(context: CommandContext, flags: Flags, node: StoredObject, dryRun: DryRun): string | undefined {
  const list = podsForDeletion(context, node.metadata.name, {
    force: flags.bool('force'),
    ignoreDaemonSets: flags.bool('ignore-daemonsets'),
    deleteEmptyDirData: flags.bool('delete-emptydir-data') || flags.bool('delete-local-data'),
    podSelector: flags.string('pod-selector'),
  });
  if (list.errors.length > 0) return aggregate(list.errors);
  if (list.warnings) context.output.err(`Warning: ${list.warnings}`);
  if (dryRun === 'client') {
    for (const pod of list.pods) context.output.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name} (dry run)`);
    return undefined;
  }
  const evicted = evictPods(context, list, flags.int('grace-period')!, dryRun === 'server');
  if (dryRun === 'server') return undefined;
  return waitForDelete(context, node.metadata.name, evicted, timeoutMs(flags));
}

function evictPods(context: CommandContext, list: PodDeleteList, gracePeriod: number, serverDryRun: boolean): StoredObject<Pod>[] {
  const evicted: StoredObject<Pod>[] = [];
  for (const pod of list.pods) {
    context.output.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}${serverDryRun ? ' (server dry run)' : ''}`);
    try {
      context.cluster.api.delete('Pod', pod.metadata.namespace, pod.metadata.name, { user: context.user, gracePeriodSeconds: gracePeriod >= 0 ? gracePeriod : undefined, dryRun: serverDryRun });
      evicted.push(pod);
    } catch (error) {
      if (!(error instanceof ApiError) || error.reason !== 'NotFound') throw error;
    }
  }
  context.cluster.settle();
  return evicted;
}

/** waitForDelete: prints `pod/NAME evicted` as each pod goes, in the order they go. */
function waitForDelete(context: CommandContext, nodeName: string, pods: StoredObject<Pod>[], timeout: number): string | undefined {
  const { cluster } = context;
  const gone = (p: StoredObject<Pod>) => cluster.get('Pod', p.metadata.namespace, p.metadata.name)?.metadata.uid !== p.metadata.uid;
  const deadline = cluster.clock.now() + timeout;
  let pending = pods;
  for (;;) {
    for (const pod of pending.filter(gone)) context.output.out(`pod/${pod.metadata.name} evicted`);
    pending = pending.filter((p) => !gone(p));
    if (pending.length === 0) return undefined;
    try {
      cluster.waitUntil(() => pending.some(gone), deadline - cluster.clock.now(), `eviction of pods on node ${nodeName}`);
    } catch (error) {
      if (!(error instanceof WaitTimeoutError)) throw error;
      return timedOut(context, nodeName, pending);
    }
  }
}

function timedOut(context: CommandContext, nodeName: string, pending: StoredObject<Pod>[]): string {
  const error = aggregate(pending.map((p) => `error when waiting for pod "${p.metadata.name}" in namespace "${p.metadata.namespace}" to terminate: context deadline exceeded`));
  context.output.err(`There are pending pods in node "${nodeName}" when an error occurred: ${error}`);
  for (const pod of pending) context.output.err(`pod/${pod.metadata.name}`);
  return error;
}

function timeoutMs(flags: Flags): number {
  const ms = flags.duration('timeout') ?? 0;
  return ms > 0 ? ms : UNBOUNDED_WAIT_MS;
}

/** utilerrors.Aggregate.Error(): one message as is, several in brackets. */
function aggregate(messages: readonly string[]): string {
  return messages.length === 1 ? messages[0]! : `[${messages.join(', ')}]`;
}

