/**
 * The node-lifecycle controller (`pkg/controller/nodelifecycle/node_lifecycle_controller.go`, v1.32). It
 * watches each node's heartbeat (the Ready condition's `lastHeartbeatTime`, or its Lease in
 * `kube-node-lease`); when none arrived for `node-monitor-grace-period` (50s) at a monitor tick (every 5s) it
 * sets the kubelet-owned conditions to Unknown, `Kubelet stopped posting node status.` It keeps the
 * condition taints current (NoSchedule per condition and cordon, NoExecute not-ready/unreachable), which the
 * scheduler and the taint-eviction controller act on.
 *
 * Simplifications: a node whose kubelet never posted a Ready condition is not monitored (kubespec can run
 * Node objects without a kubelet); the per-zone eviction rate limit is not modelled; when every monitored
 * node is not Ready ("master disruption mode") no NoExecute taints are set, as in Kubernetes.
 */
import { objectKey, type ObjectKey, type StoredObject } from '../api';
import type { Node, NodeCondition, Pod } from '../api/schemas';
import { parseRFC3339, toRFC3339 } from '../clock';
import type { Action, Controller, ControllerContext, StoreView } from './controller';
import { noExecuteTaints, noScheduleTaints, reconcileTaints } from './node-taints';

export const NODE_MONITOR_GRACE_PERIOD_MS = 50_000;
export const NODE_MONITOR_PERIOD_MS = 5_000;
const KUBELET_CONDITIONS = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'];

export const nodeLifecycleController: Controller = {
  name: 'node-controller',
  watches: [
    {
      kind: 'Node',
      toKeys: (e, store) => {
        if (e.type === 'DELETED') return [];
        const key = objectKey('Node', undefined, e.object.metadata.name);
        if (e.type === 'ADDED') return [key];
        const [before, after] = [e.oldObject as StoredObject<Node>, e.object as StoredObject<Node>];
        // A Ready transition may enter or leave master disruption mode, which changes the other failed nodes' taints.
        if (readyStatus(before) !== undefined && readyStatus(before) !== readyStatus(after)) return [key, ...notReadyNodeKeys(store)];
        return nodeStateChanged(before, after) ? [key] : [];
      },
    },
  ],
  reconcile(key, context) {
    const node = context.store.getByKey(key) as StoredObject<Node> | undefined;
    if (!node) return [];
    const actions: Action[] = [];
    const monitored = monitorNodeHealth(node, context);
    actions.push(...monitored.actions);
    const current = monitored.node;
    if (readyStatus(current) !== undefined && readyStatus(current) !== 'True') actions.push(...markPodsNotReady(current, context));
    const wanted = [...noScheduleTaints(current), ...noExecuteTaints(current, () => evictionsSuspended(context.store))];
    const taints = reconcileTaints(current.spec?.taints ?? [], wanted, toRFC3339(context.now));
    if (taints) {
      const { resourceVersion: _rv, ...metadata } = current.metadata;
      actions.push({ type: 'update', object: { ...current, metadata, spec: { ...current.spec, taints: taints.length > 0 ? taints : undefined } } });
    }
    return actions;
  },
};

/** tryUpdateNodeHealth: Unknown once the grace period has passed at a monitor tick; otherwise look again then. */
function monitorNodeHealth(node: StoredObject<Node>, { store, now }: ControllerContext): { node: StoredObject<Node>; actions: Action[] } {
  const ready = findCondition(node, 'Ready');
  if (!ready || ready.status === 'Unknown') return { node, actions: [] };
  const deadline = monitorTickAfter(lastProbe(node, ready, store) + NODE_MONITOR_GRACE_PERIOD_MS);
  if (now < deadline) return { node, actions: [{ type: 'requeueAfter', key: objectKey('Node', undefined, node.metadata.name), ms: deadline - now }] };
  const updated = { ...node, status: { ...node.status, conditions: markUnknown(node.status?.conditions ?? [], toRFC3339(now), node.metadata.creationTimestamp) } } as StoredObject<Node>;
  // RecordNodeStatusChange: reported once, when Ready leaves True.
  const event: Action = { type: 'event', object: node, eventType: 'Normal', reason: 'NodeNotReady', message: `Node ${node.metadata.name} status is now: NodeNotReady` };
  return { node: updated, actions: [{ type: 'patchStatus', object: updated }, event] };
}

/**
 * MarkPodsNotReady (`pkg/controller/util/node/controller_utils.go`): the pods of a node that is not Ready
 * lose their Ready condition, so Services stop sending them traffic, each with a NodeNotReady event.
 */
function markPodsNotReady(node: StoredObject<Node>, { store, now }: ControllerContext): Action[] {
  const actions: Action[] = [];
  for (const pod of store.podsOnNode(node.metadata.name) as StoredObject<Pod>[]) {
    const conditions = pod.status?.conditions ?? [];
    if (!conditions.some((c) => c.type === 'Ready' && c.status === 'True')) continue;
    const notReady = conditions.map((c) => (c.type === 'Ready' ? { ...c, status: 'False', lastTransitionTime: toRFC3339(now) } : c));
    actions.push({ type: 'patchStatus', object: { ...pod, status: { ...pod.status, conditions: notReady } } });
    actions.push({ type: 'event', object: pod, eventType: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready' });
  }
  return actions;
}

/** The kubelet-owned conditions become Unknown (keeping their heartbeat); missing ones are added as never updated. */
function markUnknown(conditions: readonly NodeCondition[], now: string, created: string): NodeCondition[] {
  const out = conditions.map((c) =>
    KUBELET_CONDITIONS.includes(c.type ?? '') && c.status !== 'Unknown'
      ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: now }
      : c,
  );
  for (const type of KUBELET_CONDITIONS) {
    if (!out.some((c) => c.type === type)) {
      out.push({ type, status: 'Unknown', reason: 'NodeStatusNeverUpdated', message: 'Kubelet never posted node status.', lastHeartbeatTime: created, lastTransitionTime: now });
    }
  }
  return out;
}

/** The later of the Ready heartbeat and the node Lease's renewTime. */
function lastProbe(node: StoredObject<Node>, ready: NodeCondition, store: StoreView): number {
  const lease = store.get('Lease', 'kube-node-lease', node.metadata.name) as { spec?: { renewTime?: string } } | undefined;
  return Math.max(parseRFC3339Safe(ready.lastHeartbeatTime), parseRFC3339Safe(lease?.spec?.renewTime));
}

/** monitorNodeHealth runs every 5s; the change happens at the first tick strictly after the deadline. */
function monitorTickAfter(ms: number): number {
  return (Math.floor(ms / NODE_MONITOR_PERIOD_MS) + 1) * NODE_MONITOR_PERIOD_MS;
}

/** handleDisruption: when every monitored node is not Ready, the controller stops all evictions. */
function evictionsSuspended(store: StoreView): boolean {
  let monitored = 0;
  for (const n of store.list('Node') as StoredObject<Node>[]) {
    const status = readyStatus(n);
    if (status === 'True') return false;
    if (status !== undefined) monitored++;
  }
  return monitored > 0;
}

/** Missing or malformed times count as the epoch: never a heartbeat. */
function parseRFC3339Safe(text: string | undefined): number {
  const ms = text ? parseRFC3339(text) : 0;
  return Number.isFinite(ms) ? ms : 0;
}

function notReadyNodeKeys(store: StoreView): ObjectKey[] {
  return store
    .list('Node')
    .filter((n) => readyStatus(n as StoredObject<Node>) !== undefined && readyStatus(n as StoredObject<Node>) !== 'True')
    .map((n) => objectKey('Node', undefined, n.metadata.name));
}

function findCondition(node: Node, type: string): NodeCondition | undefined {
  return node.status?.conditions?.find((c) => c.type === type);
}

function readyStatus(node: Node | undefined): string | undefined {
  return node ? findCondition(node, 'Ready')?.status : undefined;
}

/** Anything but heartbeat times: condition statuses, taints, cordon. */
function nodeStateChanged(before: StoredObject<Node>, after: StoredObject<Node>): boolean {
  const state = (n: StoredObject<Node>) => JSON.stringify([(n.status?.conditions ?? []).map((c) => [c.type, c.status]), n.spec?.taints, n.spec?.unschedulable]);
  return state(before) !== state(after);
}
