/**
 * RollingUpdate (pkg/controller/deployment/rolling.go). One step per sync: scale the new RS up if the
 * surge allows, else scale old RSes down if availability allows, else clean up; each step ends with a
 * status sync, and the watch events of the step's own writes trigger the next.
 *
 * Worked example (rolling.go): 10 replicas, maxUnavailable 2, maxSurge 3; new RS at 5 whose pods crash-loop,
 * old at 8. allPods 13, minAvailable 8, new-RS unavailable 5 → maxScaledDown = 13 − 8 − 5 = 0: nothing old goes.
 */
import type { DeploymentSync } from './deployment-sync';
import { maxUnavailable, newRSNewReplicas, replicasOf, specReplicasSum, statusSum } from './fenceposts';
import { syncRolloutStatus } from './progress';
import { byCreation, isActive, type WorkingReplicaSet } from './replica-sets';
import { deploymentComplete } from './status';
import { cleanupDeployment, replicaSetGroups, scaleReplicaSetAndRecordEvent } from './sync';

export function rolloutRolling(sync: DeploymentSync): void {
  const { newRS, oldRSs } = replicaSetGroups(sync, true);
  if (!newRS) return;
  const allRSs = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(sync, allRSs, newRS)) return syncRolloutStatus(sync, allRSs, newRS);
  if (reconcileOldReplicaSets(sync, allRSs, oldRSs.filter(isActive), newRS)) return syncRolloutStatus(sync, allRSs, newRS);
  sync.completeAtCleanup = deploymentComplete(sync.deployment, sync.status);
  if (sync.completeAtCleanup) cleanupDeployment(sync, oldRSs);
  syncRolloutStatus(sync, allRSs, newRS);
}

function reconcileNewReplicaSet(sync: DeploymentSync, allRSs: WorkingReplicaSet[], newRS: WorkingReplicaSet): boolean {
  const replicas = replicasOf(sync.deployment);
  const current = newRS.spec?.replicas ?? 0;
  if (current === replicas) return false;
  if (current > replicas) return scaleReplicaSetAndRecordEvent(sync, newRS, replicas);
  return scaleReplicaSetAndRecordEvent(sync, newRS, newRSNewReplicas(sync.deployment, allRSs, newRS));
}

function reconcileOldReplicaSets(sync: DeploymentSync, allRSs: WorkingReplicaSet[], oldRSs: WorkingReplicaSet[], newRS: WorkingReplicaSet): boolean {
  if (specReplicasSum(oldRSs) === 0) return false;
  const minAvailable = replicasOf(sync.deployment) - maxUnavailable(sync.deployment);
  const newUnavailable = (newRS.spec?.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = specReplicasSum(allRSs) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(sync, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSets(sync, allRSs, oldRSs, minAvailable);
  return cleaned + scaledDown > 0;
}

/** Unavailable old pods go first, oldest RS first: deleting them costs no availability. */
function cleanupUnhealthyReplicas(sync: DeploymentSync, oldRSs: WorkingReplicaSet[], maxCleanup: number): number {
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= maxCleanup) break;
    const replicas = rs.spec?.replicas ?? 0;
    const available = rs.status?.availableReplicas ?? 0;
    if (replicas === 0 || replicas === available) continue;
    const count = Math.min(maxCleanup - total, replicas - available);
    scaleReplicaSetAndRecordEvent(sync, rs, replicas - count);
    total += count;
  }
  return total;
}

/** Scale old RSes down, oldest first, by however many available pods exceed minAvailable. */
function scaleDownOldReplicaSets(sync: DeploymentSync, allRSs: WorkingReplicaSet[], oldRSs: WorkingReplicaSet[], minAvailable: number): number {
  const available = statusSum(allRSs, 'availableReplicas');
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= budget) break;
    const replicas = rs.spec?.replicas ?? 0;
    if (replicas === 0) continue;
    const count = Math.min(replicas, budget - total);
    scaleReplicaSetAndRecordEvent(sync, rs, replicas - count);
    total += count;
  }
  return total;
}
