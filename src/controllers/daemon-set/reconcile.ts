/**
 * The DaemonSet controller (pkg/controller/daemon/daemon_controller.go syncDaemonSet, manage,
 * podsShouldBeOnNode, updateDaemonSetStatus; update.go constructHistory, cleanupHistory): one pod per node
 * that should run it, created with the current ControllerRevision's hash; RollingUpdate or OnDelete for
 * template changes; status counts per node.
 * Simplifications: failed pods are replaced at once (no per-node back-off); pods are not adopted.
 */
import { controllerRefOf, objectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../../api';
import type { DaemonSet } from '../../api/schemas';
import type { Action, Controller, ControllerContext, StoreView, WatchKeys } from '../controller';
import { controllerOf } from '../owner-references';
import { currentRevision, ownedRevisions, truncateHistory } from '../controller-revision';
import { podPhase } from '../pod-readiness';
import { daemonPod, nodeShouldRunDaemonPod, REVISION_HASH_LABEL, targetNodeName, templateGeneration } from './placement';
import { planRollingUpdate, type NodePods } from './rolling-update';
import { daemonSetStatus } from './status';
import { jsonEqual } from '../../api';
import { statusPatch } from '../status-patch';

export function daemonSetController(legacyScheduling: boolean): Controller {
  return {
    name: 'daemonset-controller',
    watches: [
      { kind: 'DaemonSet', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('DaemonSet', e.object.metadata.namespace, e.object.metadata.name)) },
      { kind: 'Pod', toKeys: podOwnerKey },
      { kind: 'Node', toKeys: (_e, store) => store.list('DaemonSet').map((ds) => objectKey('DaemonSet', ds.metadata.namespace, ds.metadata.name)) },
    ],
    reconcile: (key, context) => syncDaemonSet(key, context, legacyScheduling),
  };
}

function podOwnerKey(event: WatchEvent): WatchKeys {
  const ref = controllerOf(event.object);
  return ref?.kind === 'DaemonSet' ? objectKey('DaemonSet', event.object.metadata.namespace, ref.name) : undefined;
}

function syncDaemonSet(key: ObjectKey, context: ControllerContext, legacyScheduling: boolean): Action[] {
  const ds = context.store.getByKey(key) as StoredObject<DaemonSet> | undefined;
  if (!ds) return [];
  const revisions = ownedRevisions(ds, context.store);
  const current = currentRevision(ds, ds.spec?.template, revisions, REVISION_HASH_LABEL);
  const nodes = context.store.list('Node');
  const nodePods = podsByNode(ds, context.store);
  const actions: Action[] = [...current.actions];
  if (!ds.metadata.deletionTimestamp) {
    actions.push(...manage(ds, nodes, nodePods, current.hash, legacyScheduling, context.now));
    const live = new Set([current.name, ...[...nodePods.values()].flat().map((p) => `${ds.metadata.name}-${p.metadata.labels?.[REVISION_HASH_LABEL]}`)]);
    actions.push(...truncateHistory(revisions, live, ds.spec?.revisionHistoryLimit ?? 10));
  }
  const status = daemonSetStatus(ds, nodes, nodePods, current.hash, context.now);
  if (!jsonEqual(status, ds.status ?? {})) actions.push({ type: 'patchStatus', object: statusPatch(ds, status) });
  return actions;
}

/** getNodesToDaemonPods: the DaemonSet's pods by the node they are bound to or aimed at, oldest first. */
function podsByNode(ds: StoredObject, store: StoreView): Map<string, StoredObject[]> {
  const byNode = new Map<string, StoredObject[]>();
  const pods = store.dependents(ds.metadata.uid).filter((p) => p.kind === 'Pod' && controllerRefOf(p)?.uid === ds.metadata.uid);
  // Terminal pods already being deleted are done with; a terminating Running pod still occupies its node.
  const present = pods.filter((p) => !(p.metadata.deletionTimestamp && ['Failed', 'Succeeded'].includes(podPhase(p))));
  for (const pod of present.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1))) {
    const node = targetNodeName(pod) ?? '';
    byNode.set(node, [...(byNode.get(node) ?? []), pod]);
  }
  return byNode;
}

function manage(ds: StoredObject<DaemonSet>, nodes: StoredObject[], nodePods: Map<string, StoredObject[]>, hash: string, legacy: boolean, now: number): Action[] {
  const create: string[] = [];
  const remove: StoredObject[] = [];
  for (const node of nodes) {
    const placement = nodeShouldRunDaemonPod(node, ds);
    const pods = nodePods.get(node.metadata.name) ?? [];
    const { toCreate, toDelete } = podsShouldBeOnNode(ds, pods, placement.shouldRun, placement.shouldContinueRunning);
    if (toCreate) create.push(node.metadata.name);
    remove.push(...toDelete);
  }
  // Pods aimed at nodes that no longer exist can never be scheduled, so the PodGC would never see them.
  const known = new Set(nodes.map((n) => n.metadata.name));
  for (const [node, pods] of nodePods) if (!known.has(node)) remove.push(...pods.filter((p) => !p.metadata.deletionTimestamp && !(p.spec as { nodeName?: string }).nodeName));
  // Kubernetes rolls only once the manage step's own creates and deletes have been observed (expectations).
  if (ds.spec?.updateStrategy?.type === 'RollingUpdate' && create.length === 0 && remove.length === 0) {
    const desired = nodes.filter((n) => nodeShouldRunDaemonPod(n, ds).shouldRun);
    const live: NodePods[] = desired.map((n) => ({ node: n.metadata.name, pods: nodePods.get(n.metadata.name) ?? [] })).filter((n) => n.pods.length > 0);
    const plan = planRollingUpdate(ds, live, desired.length, hash, templateGeneration(ds), now);
    remove.push(...plan.deletePods.filter((p) => !remove.includes(p)));
    create.push(...plan.createOnNodes.filter((n) => !create.includes(n)));
  }
  const failures = remove.filter((p) => podPhase(p) === 'Failed').map((p) => failedPodEvent(ds, p));
  return [...failures, ...remove.map((pod) => deletePod(ds, pod)), ...create.map((node) => createPod(ds, node, hash, legacy))];
}

/**
 * podsShouldBeOnNode: create only when no pod at all is there (a terminating one still counts), replace
 * failed and succeeded pods, keep the oldest running one (or one new and one old with surge).
 */
function podsShouldBeOnNode(ds: StoredObject<DaemonSet>, pods: StoredObject[], shouldRun: boolean, shouldContinue: boolean): { toCreate: boolean; toDelete: StoredObject[] } {
  const live = pods.filter((p) => !p.metadata.deletionTimestamp);
  if (shouldRun && pods.length === 0) return { toCreate: true, toDelete: [] };
  if (!shouldContinue) return { toCreate: false, toDelete: live };
  const finished = live.filter((p) => podPhase(p) === 'Failed' || podPhase(p) === 'Succeeded');
  const running = live.filter((p) => !finished.includes(p));
  const surge = ds.spec?.updateStrategy?.type === 'RollingUpdate' && (ds.spec.updateStrategy.rollingUpdate?.maxSurge ?? 0) !== 0;
  return { toCreate: false, toDelete: [...finished, ...(running.length > 1 && !surge ? running.slice(1) : [])] };
}

function failedPodEvent(ds: StoredObject<DaemonSet>, pod: StoredObject): Action {
  const message = `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${targetNodeName(pod) ?? ''}, will try to kill it`;
  return { type: 'event', object: ds, eventType: 'Warning', reason: 'FailedDaemonPod', message };
}

function createPod(ds: StoredObject<DaemonSet>, node: string, hash: string, legacy: boolean): Action {
  return { type: 'create', object: daemonPod(ds, node, hash, legacy), owner: ds, successEvent: { reason: 'SuccessfulCreate', messagePrefix: 'Created pod: ' } };
}

function deletePod(ds: StoredObject<DaemonSet>, pod: StoredObject): Action {
  return { type: 'delete', object: pod, owner: ds, successEvent: { reason: 'SuccessfulDelete', messagePrefix: 'Deleted pod: ' } };
}
