/**
 * The sync that follows the Deployment controller's own status write, answered without syncing again.
 *
 * Kubernetes' updateDeployment handler (deployment_controller.go) enqueues a Deployment on every update, its
 * own status writes included, so each status write of a rollout is followed by one more syncDeployment. That
 * sync reads the same spec, the same ReplicaSets and — the runner settles synchronously — the same instant; only
 * `status` differs, and it is the status the previous sync computed. For a RollingUpdate sync that wrote
 * nothing but its status, the result of the follow-up is known without running it:
 *  - claims, the new ReplicaSet's annotations, reconcileNewReplicaSet and reconcileOldReplicaSets read the spec,
 *    metadata and ReplicaSets only, which are unchanged, so they write nothing again;
 *  - the cleanup step runs when the Deployment is complete: with the same completeness as last time it deletes
 *    nothing again (the previous sync deleted nothing); a follow-up that becomes complete is synced in full;
 *  - syncRolloutStatus recomputes the same counts from the same ReplicaSets; Available is already set from
 *    them, Progressing is already what updateProgressing makes of it at this instant (refreshed now, timed out,
 *    or complete), so `next` equals the stored status and only requeueStuckDeployment runs (progress.go).
 * The paused, scaling, Recreate, deleting and selector-less paths always sync in full.
 * `status-write-follow-up.test.ts` checks every answer against a full sync.
 */
import type { StoredObject } from '../../api';
import type { Deployment, DeploymentStatus } from '../../api/schemas';
import type { Action, ControllerContext } from '../controller';
import { requeueAfter, writtenStatusEqual, type DeploymentSync } from './deployment-sync';
import { stuckRequeueDelay } from './progress';
import { deploymentComplete } from './status';

/** One record per Deployment spec, rewritten in place by each sync that writes only status (one per pod). */
interface StatusWrite {
  /** The Deployment the writing sync read. */
  deployment: StoredObject<Deployment>;
  /** The namespace's ReplicaSets it listed (frozen stored objects, in listing order). */
  replicaSets: readonly StoredObject[];
  now: number;
  /** The status it wrote. */
  status: DeploymentStatus;
  completeAtCleanup: boolean;
}

/** Per Deployment, by its frozen `spec` (a status write keeps it): the last sync that wrote only status. */
const STATUS_WRITES = new WeakMap<object, StatusWrite>();

/** After a rolling sync: remembers it when its only write was the status. */
export function rememberStatusWrite(sync: DeploymentSync, replicaSets: readonly StoredObject[], actions: readonly Action[]): void {
  const spec = sync.deployment.spec;
  if (!spec) return;
  const status = sync.completeAtCleanup === undefined ? undefined : onlyStatusWrite(actions);
  if (!status) {
    STATUS_WRITES.delete(spec);
    return;
  }
  const write = STATUS_WRITES.get(spec);
  if (!write) {
    STATUS_WRITES.set(spec, { deployment: sync.deployment, replicaSets, now: sync.now, status, completeAtCleanup: sync.completeAtCleanup! });
    return;
  }
  write.deployment = sync.deployment;
  write.replicaSets = replicaSets;
  write.now = sync.now;
  write.status = status;
  write.completeAtCleanup = sync.completeAtCleanup!;
}

function onlyStatusWrite(actions: readonly Action[]): DeploymentStatus | undefined {
  let status: DeploymentStatus | undefined;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i]!;
    if (action.type === 'requeueAfter') continue;
    if (action.type !== 'patchStatus' || status) return undefined;
    status = action.object.status as DeploymentStatus;
  }
  return status;
}

/** The follow-up's actions when `d` is the remembered sync's Deployment with its written status; else undefined. */
export function followUpOfStatusWrite(d: StoredObject<Deployment>, replicaSets: readonly StoredObject[], context: ControllerContext): Action[] | undefined {
  const write = d.spec && STATUS_WRITES.get(d.spec);
  if (!write || write.now !== context.now || !sameButStatus(write.deployment, d) || !sameObjects(write.replicaSets, replicaSets)) return undefined;
  const status = d.status ?? {};
  if (status !== write.status && !writtenStatusEqual(status, write.status)) return undefined;
  if (deploymentComplete(d, status) !== write.completeAtCleanup) return undefined;
  // What a DeploymentSync would return here, without one: nothing written, and requeueStuckDeployment's requeue.
  const ms = stuckRequeueDelay(d, status, status, context.now);
  return ms === undefined ? [] : [requeueAfter(d, ms)];
}

/** The same object but for `status` and `metadata.resourceVersion` (a status write changes only those). */
function sameButStatus(before: StoredObject<Deployment>, after: StoredObject<Deployment>): boolean {
  if (before.spec !== after.spec || before.apiVersion !== after.apiVersion) return false;
  const a = before.metadata as Record<string, unknown>;
  const b = after.metadata as Record<string, unknown>;
  let fields = 0;
  for (const key in a) {
    fields++;
    if (key !== 'resourceVersion' && a[key] !== b[key]) return false;
  }
  for (const key in b) fields--;
  return fields === 0;
}

function sameObjects(a: readonly StoredObject[], b: readonly StoredObject[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
