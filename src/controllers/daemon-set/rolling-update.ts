/**
 * DaemonSet RollingUpdate (pkg/controller/daemon/update.go rollingUpdate). Without surge: delete old pods on
 * at most maxUnavailable nodes at a time (unavailable old pods first); the manage loop then creates the new
 * pod once the old one is gone. With surge: start the new pod next to the old one on up to maxSurge nodes,
 * and delete the old pod once the new one is available. Both budgets resolve against the desired node
 * count rounding up; if both are 0, maxUnavailable is 1.
 */
import type { StoredObject } from '../../api';
import type { DaemonSet } from '../../api/schemas';
import { isPodAvailable } from '../pod-readiness';
import { isPodUpdated } from './placement';

export interface NodePods {
  node: string;
  pods: StoredObject[];
}

export interface RollingPlan {
  deletePods: StoredObject[];
  createOnNodes: string[];
}

function scaled(value: number | string | undefined, total: number): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  return Math.ceil((Number.parseInt(value, 10) * total) / 100);
}

export function planRollingUpdate(ds: StoredObject<DaemonSet>, nodePods: readonly NodePods[], desired: number, hash: string, generation: string, now: number): RollingPlan {
  const rolling = ds.spec?.updateStrategy?.rollingUpdate;
  const maxSurge = scaled(rolling?.maxSurge, desired);
  let maxUnavailable = scaled(rolling?.maxUnavailable, desired);
  if (desired > 0 && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const available = (pod: StoredObject | undefined) => pod !== undefined && isPodAvailable(pod, minReady, now);
  const split = nodePods.map(({ node, pods }) => ({ node, ...updatedAndOld(pods, hash, generation) }));
  return maxSurge === 0 ? withoutSurge(split, maxUnavailable, available) : withSurge(split, maxSurge, available);
}

interface NodeSplit {
  node: string;
  ok: boolean;
  newPod?: StoredObject;
  oldPod?: StoredObject;
}

/** findUpdatedPodsOnNode: at most one new and one old live pod per node, else the node is not ok. */
function updatedAndOld(pods: readonly StoredObject[], hash: string, generation: string): Omit<NodeSplit, 'node'> {
  const live = pods.filter((p) => !p.metadata.deletionTimestamp);
  const fresh = live.filter((p) => isPodUpdated(p, hash, generation));
  const old = live.filter((p) => !isPodUpdated(p, hash, generation));
  return { ok: fresh.length <= 1 && old.length <= 1, newPod: fresh[0], oldPod: old[0] };
}

function withoutSurge(nodes: NodeSplit[], maxUnavailable: number, available: (p?: StoredObject) => boolean): RollingPlan {
  let unavailable = 0;
  const replacements: StoredObject[] = [];
  const candidates: StoredObject[] = [];
  for (const { ok, newPod, oldPod } of nodes) {
    if (!ok || (!oldPod && !newPod) || (oldPod && newPod)) unavailable++;
    else if (newPod) unavailable += available(newPod) ? 0 : 1;
    else if (!available(oldPod)) replacements.push(oldPod!);
    else if (unavailable < maxUnavailable) candidates.push(oldPod!);
  }
  const remaining = Math.min(Math.max(maxUnavailable - unavailable, 0), candidates.length);
  return { deletePods: [...replacements, ...candidates.slice(0, remaining)], createOnNodes: [] };
}

function withSurge(nodes: NodeSplit[], maxSurge: number, available: (p?: StoredObject) => boolean): RollingPlan {
  let surge = 0;
  const deletePods: StoredObject[] = [];
  const allowed: string[] = [];
  const candidates: string[] = [];
  for (const { node, ok, newPod, oldPod } of nodes) {
    if (!ok) surge++;
    else if (!oldPod) continue;
    else if (!newPod) {
      if (!available(oldPod)) allowed.push(node);
      else if (surge < maxSurge) candidates.push(node);
    } else if (!available(newPod)) surge++;
    else deletePods.push(oldPod);
  }
  const remaining = Math.min(Math.max(maxSurge - surge, 0), candidates.length);
  return { deletePods, createOnNodes: [...allowed, ...candidates.slice(0, remaining)] };
}
