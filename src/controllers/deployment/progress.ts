/**
 * Progress reporting (pkg/controller/deployment/progress.go syncRolloutStatus, requeueStuckDeployment;
 * sync.go checkPausedConditions and syncDeploymentStatus). The Progressing condition is refreshed whenever
 * the rollout moves; past `lastUpdateTime + progressDeadlineSeconds` it turns ProgressDeadlineExceeded,
 * and the controller requeues itself for that instant instead of polling.
 */
import { parseRFC3339 } from '../../clock';
import type { DeploymentStatus } from '../../api/schemas';
import { getCondition, newCondition, REASON, removeCondition, replaceCondition, setCondition } from './conditions';
import { writtenStatusEqual, type DeploymentSync } from './deployment-sync';
import type { WorkingReplicaSet } from './replica-sets';
import { calculateStatus, deploymentComplete, deploymentProgressing } from './status';
import { hasProgressDeadline } from './sync';

/** syncDeploymentStatus: counts and Available only (scaling, paused and deleting Deployments). */
export function syncDeploymentStatus(sync: DeploymentSync, allRSs: readonly WorkingReplicaSet[], newRS: WorkingReplicaSet | undefined): void {
  sync.status = calculateStatus(sync.deployment, sync.status, allRSs, newRS, sync.now);
}

export function syncRolloutStatus(sync: DeploymentSync, allRSs: readonly WorkingReplicaSet[], newRS: WorkingReplicaSet | undefined): void {
  const d = sync.deployment;
  const next = calculateStatus(d, sync.status, allRSs, newRS, sync.now);
  if (!hasProgressDeadline(sync)) removeCondition(next, 'Progressing');
  const current = getCondition(sync.status, 'Progressing');
  const complete = next.replicas === next.updatedReplicas && current?.reason === REASON.newReplicaSetAvailable;
  if (hasProgressDeadline(sync) && !complete) updateProgressing(sync, next, newRS);
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
    const condition = newCondition('Progressing', 'True', REASON.replicaSetUpdated, `${subject} is progressing.`, sync.now);
    if (current?.status === 'True') condition.lastTransitionTime = current.lastTransitionTime;
    replaceCondition(next, condition);
  } else if (timedOut(sync, next)) {
    setCondition(next, newCondition('Progressing', 'False', REASON.progressDeadlineExceeded, `${subject} has timed out progressing.`, sync.now));
  }
}

/** DeploymentTimedOut: strictly past lastUpdateTime + progressDeadlineSeconds. */
function timedOut(sync: DeploymentSync, status: DeploymentStatus): boolean {
  const condition = getCondition(status, 'Progressing');
  if (!condition || condition.reason === REASON.newReplicaSetAvailable) return false;
  if (condition.reason === REASON.progressDeadlineExceeded) return true;
  return deadlineOf(sync, condition.lastUpdateTime) < sync.now;
}

function deadlineOf(sync: DeploymentSync, lastUpdateTime: string | undefined): number {
  return parseRFC3339(lastUpdateTime ?? '') + (sync.deployment.spec?.progressDeadlineSeconds ?? 0) * 1000;
}

/** requeueStuckDeployment: wake up one second after the deadline, when nothing else would. */
export function requeueStuckDeployment(sync: DeploymentSync, next: DeploymentStatus): void {
  const condition = getCondition(sync.status, 'Progressing');
  if (!hasProgressDeadline(sync) || !condition) return;
  if (deploymentComplete(sync.deployment, next) || condition.reason === REASON.progressDeadlineExceeded) return;
  const after = deadlineOf(sync, condition.lastUpdateTime) - sync.now;
  sync.requeueAfter(Math.max(after, 0) + 1000);
}

/** checkPausedConditions: Progressing Unknown while paused (unless the deadline was already reported). */
export function checkPausedConditions(sync: DeploymentSync): void {
  if (!hasProgressDeadline(sync)) return;
  const condition = getCondition(sync.status, 'Progressing');
  if (condition?.reason === REASON.progressDeadlineExceeded) return;
  const pausedReported = condition?.reason === REASON.paused;
  const paused = sync.deployment.spec?.paused === true;
  if (paused && !pausedReported) setCondition(sync.status, newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', sync.now));
  if (!paused && pausedReported) setCondition(sync.status, newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', sync.now));
}
