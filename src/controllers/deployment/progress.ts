/**
 * Progress reporting (pkg/controller/deployment/progress.go syncRolloutStatus, requeueStuckDeployment;
 * sync.go checkPausedConditions and syncDeploymentStatus). The Progressing condition is refreshed whenever
 * the rollout moves; past `lastUpdateTime + progressDeadlineSeconds` it turns ProgressDeadlineExceeded,
 * and the controller requeues itself for that instant instead of polling.
 */
import { parseRFC3339, toRFC3339 } from '../../clock';
import type { Deployment, DeploymentStatus } from '../../api/schemas';
import { getCondition, newCondition, REASON, removeCondition, replaceCondition, setCondition } from './conditions';
import { writtenStatusEqual, type DeploymentSync } from './deployment-sync';
import type { WorkingReplicaSet } from './replica-sets';
import { calculateStatus, deploymentComplete, deploymentProgressing } from './status';
import { hasProgressDeadline } from './sync';

/** syncDeploymentStatus: counts and Available only (scaling, paused and deleting Deployments). */
export function syncDeploymentStatus(sync: DeploymentSync, allRSs: readonly WorkingReplicaSet[], newRS: WorkingReplicaSet | undefined): void {
  sync.status = calculateStatus(sync.deployment, sync.status, allRSs, newRS, sync.specReplicasAsRead(allRSs), sync.now);
}

export function syncRolloutStatus(sync: DeploymentSync, allRSs: readonly WorkingReplicaSet[], newRS: WorkingReplicaSet | undefined): void {
  const d = sync.deployment;
  const next = calculateStatus(d, sync.status, allRSs, newRS, sync.specReplicasAsRead(allRSs), sync.now);
  if (!hasProgressDeadline(sync.deployment)) removeCondition(next, 'Progressing');
  const current = getCondition(sync.status, 'Progressing');
  const complete = next.replicas === next.updatedReplicas && current?.reason === REASON.newReplicaSetAvailable;
  if (hasProgressDeadline(sync.deployment) && !complete) updateProgressing(sync, next, newRS);
  if (writtenStatusEqual(next, sync.status)) {
    requeueStuckDeployment(sync, next);
    return;
  }
  sync.status = next;
}

function updateProgressing(sync: DeploymentSync, next: DeploymentStatus, newRS: WorkingReplicaSet | undefined): void {
  const d = sync.deployment;
  const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
  if (deploymentComplete(d, next)) {
    setCondition(next, newCondition('Progressing', 'True', REASON.newReplicaSetAvailable, `${subject} has successfully progressed.`, sync.now));
  } else if (deploymentProgressing(sync.status, next)) {
    // Progress refreshes lastUpdateTime even with an unchanged reason; lastTransitionTime stays while True.
    const current = getCondition(sync.status, 'Progressing');
    const at = toRFC3339(sync.now);
    const transition = current?.status === 'True' ? current.lastTransitionTime : at;
    const message = `${subject} is progressing.`;
    if (isLastProgressing(next, at, transition, message)) return;
    const condition = newCondition('Progressing', 'True', REASON.replicaSetUpdated, message, sync.now);
    condition.lastTransitionTime = transition;
    replaceCondition(next, condition);
  } else if (timedOut(sync, next)) {
    setCondition(next, newCondition('Progressing', 'False', REASON.progressDeadlineExceeded, `${subject} has timed out progressing.`, sync.now));
  }
}

/**
 * Whether the refreshed Progressing condition would equal `next`'s last condition, so replacing it would change
 * nothing. lastUpdateTime has whole seconds, and a rollout's syncs of one second (one per ReplicaSet status
 * write) would each build the same condition and a new list, only for them to compare equal.
 */
function isLastProgressing(next: DeploymentStatus, at: string, transition: string | undefined, message: string): boolean {
  const conditions = next.conditions;
  const last = conditions?.[conditions.length - 1];
  return (
    last?.type === 'Progressing' &&
    last.status === 'True' &&
    last.reason === REASON.replicaSetUpdated &&
    last.lastUpdateTime === at &&
    last.lastTransitionTime === transition &&
    last.message === message
  );
}

/** DeploymentTimedOut: strictly past lastUpdateTime + progressDeadlineSeconds. */
function timedOut(sync: DeploymentSync, status: DeploymentStatus): boolean {
  const condition = getCondition(status, 'Progressing');
  if (!condition || condition.reason === REASON.newReplicaSetAvailable) return false;
  if (condition.reason === REASON.progressDeadlineExceeded) return true;
  return deadlineOf(sync.deployment, condition.lastUpdateTime) < sync.now;
}

function deadlineOf(d: Deployment, lastUpdateTime: string | undefined): number {
  return parseRFC3339(lastUpdateTime ?? '') + (d.spec?.progressDeadlineSeconds ?? 0) * 1000;
}

/** requeueStuckDeployment: wake up one second after the deadline, when nothing else would. */
export function requeueStuckDeployment(sync: DeploymentSync, next: DeploymentStatus): void {
  const ms = stuckRequeueDelay(sync.deployment, sync.status, next, sync.now);
  if (ms !== undefined) sync.requeueAfter(ms);
}

/** requeueStuckDeployment's delay for `d` whose status is `current`, or undefined when it does not requeue. */
export function stuckRequeueDelay(d: Deployment, current: DeploymentStatus, next: DeploymentStatus, now: number): number | undefined {
  const condition = getCondition(current, 'Progressing');
  if (!hasProgressDeadline(d) || !condition) return undefined;
  if (deploymentComplete(d, next) || condition.reason === REASON.progressDeadlineExceeded) return undefined;
  const after = deadlineOf(d, condition.lastUpdateTime) - now;
  return Math.max(after, 0) + 1000;
}

/** checkPausedConditions: Progressing Unknown while paused (unless the deadline was already reported). */
export function checkPausedConditions(sync: DeploymentSync): void {
  if (!hasProgressDeadline(sync.deployment)) return;
  const condition = getCondition(sync.status, 'Progressing');
  if (condition?.reason === REASON.progressDeadlineExceeded) return;
  const pausedReported = condition?.reason === REASON.paused;
  const paused = sync.deployment.spec?.paused === true;
  if (paused && !pausedReported) setCondition(sync.writableStatus(), newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', sync.now));
  if (!paused && pausedReported) setCondition(sync.writableStatus(), newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', sync.now));
}
