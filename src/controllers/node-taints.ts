/**
 * The taints the node-lifecycle controller manages (`pkg/controller/nodelifecycle/node_lifecycle_controller.go`
 * doNoScheduleTaintingPass / doNoExecuteTaintingPass, `pkg/controller/util/node` SwapNodeControllerTaint):
 * NoSchedule taints mirror the node's conditions and `spec.unschedulable`; a NoExecute taint marks a node
 * whose Ready condition is False (`not-ready`) or Unknown (`unreachable`). Taints are compared by key and
 * effect; new ones are appended with `timeAdded`, existing ones keep theirs.
 */
import type { Node, Taint } from '../api/schemas';

export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

/** nodeConditionToTaintKeyStatusMap. */
const CONDITION_TAINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Ready: { False: TAINT_NOT_READY, Unknown: TAINT_UNREACHABLE },
  MemoryPressure: { True: 'node.kubernetes.io/memory-pressure' },
  DiskPressure: { True: 'node.kubernetes.io/disk-pressure' },
  NetworkUnavailable: { True: 'node.kubernetes.io/network-unavailable' },
  PIDPressure: { True: 'node.kubernetes.io/pid-pressure' },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));

/** The NoSchedule taints the node's conditions and cordon call for. */
export function noScheduleTaints(node: Node): Taint[] {
  const taints: Taint[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = CONDITION_TAINTS[c.type ?? '']?.[c.status ?? ''];
    if (key) taints.push({ key, effect: 'NoSchedule' });
  }
  if (node.spec?.unschedulable) taints.push({ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule' });
  return taints;
}

/**
 * The NoExecute taint for the node's Ready status; none while evictions are suspended (master disruption).
 * `evictionsSuspended` looks at every node, so it is asked only for a node that is not Ready.
 */
export function noExecuteTaints(node: Node, evictionsSuspended: () => boolean): Taint[] {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  if (!ready || ready.status === 'True' || evictionsSuspended()) return [];
  if (ready.status === 'False') return [{ key: TAINT_NOT_READY, effect: 'NoExecute' }];
  if (ready.status === 'Unknown') return [{ key: TAINT_UNREACHABLE, effect: 'NoExecute' }];
  return [];
}

function isManaged(t: Taint): boolean {
  if (t.effect === 'NoSchedule') return t.key === TAINT_UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(t.key ?? '');
  return t.effect === 'NoExecute' && (t.key === TAINT_NOT_READY || t.key === TAINT_UNREACHABLE);
}

const same = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/** The node's taints with the managed ones replaced by `wanted`; undefined when nothing changes. */
export function reconcileTaints(current: readonly Taint[], wanted: readonly Taint[], timeAdded: string): Taint[] | undefined {
  const kept = current.filter((t) => !isManaged(t) || wanted.some((w) => same(w, t)));
  const added = wanted.filter((w) => !current.some((t) => same(t, w))).map((w) => ({ ...w, timeAdded }));
  if (kept.length === current.length && added.length === 0) return undefined;
  return [...kept, ...added];
}
