/**
 * Recreate (pkg/controller/deployment/recreate.go): scale every old RS to 0, wait until none of their pods
 * is still running (terminating pods count as running), then bring the new RS up at full size.
 */
import type { StoreView } from '../controller';
import { podPhase } from '../pod-readiness';
import type { DeploymentSync } from './deployment-sync';
import { replicasOf, statusSum } from './fenceposts';
import { syncRolloutStatus } from './progress';
import { isActive, type WorkingReplicaSet } from './replica-sets';
import { deploymentComplete } from './status';
import { cleanupDeployment, replicaSetGroups, scaleReplicaSetAndRecordEvent } from './sync';

export function rolloutRecreate(sync: DeploymentSync): void {
  let { newRS, oldRSs } = replicaSetGroups(sync, false);
  const scaledDown = oldRSs.filter(isActive).map((rs) => scaleReplicaSetAndRecordEvent(sync, rs, 0)).some(Boolean);
  if (scaledDown || oldPodsRunning(newRS, oldRSs, sync.store)) return syncRolloutStatus(sync, withNew(oldRSs, newRS), newRS);
  if (!newRS) ({ newRS, oldRSs } = replicaSetGroups(sync, true));
  if (newRS) scaleReplicaSetAndRecordEvent(sync, newRS, replicasOf(sync.deployment));
  if (deploymentComplete(sync.deployment, sync.status)) cleanupDeployment(sync, oldRSs);
  syncRolloutStatus(sync, withNew(oldRSs, newRS), newRS);
}

function withNew(oldRSs: readonly WorkingReplicaSet[], newRS: WorkingReplicaSet | undefined): readonly WorkingReplicaSet[] {
  return newRS ? [...oldRSs, newRS] : oldRSs;
}

/** oldPodsRunning: an old RS still reports pods, or one of its pods has not finished. */
function oldPodsRunning(newRS: WorkingReplicaSet | undefined, oldRSs: readonly WorkingReplicaSet[], store: StoreView): boolean {
  if (statusSum(oldRSs, 'replicas') > 0) return true;
  return oldRSs
    .filter((rs) => rs !== newRS && rs.metadata.uid)
    .some((rs) => store.dependents(rs.metadata.uid!).some((pod) => pod.kind === 'Pod' && podPhase(pod) !== 'Failed' && podPhase(pod) !== 'Succeeded'));
}
