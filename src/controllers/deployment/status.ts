/**
 * calculateStatus (pkg/controller/deployment/sync.go), pure: the counts summed over the ReplicaSets and
 * the Available condition (`Deployment has minimum availability.`); other conditions carry over.
 * `specReplicas` is Σ spec.replicas as the sync read them (DeploymentSync.specReplicasAsRead).
 */
import type { Deployment, DeploymentStatus, ReplicaSet } from '../../api/schemas';
import { ensureCondition, REASON } from './conditions';
import { maxUnavailable, replicasOf, statusSum } from './fenceposts';

export function calculateStatus(d: Deployment, base: DeploymentStatus, allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined, specReplicas: number, now: number): DeploymentStatus {
  const available = statusSum(allRSs, 'availableReplicas');
  const status: DeploymentStatus = {
    observedGeneration: d.metadata.generation,
    replicas: statusSum(allRSs, 'replicas'),
    updatedReplicas: newRS ? (newRS.status?.replicas ?? 0) : 0,
    readyReplicas: statusSum(allRSs, 'readyReplicas'),
    availableReplicas: available,
    unavailableReplicas: Math.max(specReplicas - available, 0),
    collisionCount: base.collisionCount,
    // Shared, not copied: conditions.ts replaces the list whenever a condition changes, never edits it.
    conditions: base.conditions ?? [],
  };
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    ensureCondition(status, 'Available', 'True', REASON.minimumReplicasAvailable, 'Deployment has minimum availability.', now);
  } else {
    ensureCondition(status, 'Available', 'False', REASON.minimumReplicasUnavailable, 'Deployment does not have minimum availability.', now);
  }
  return status;
}

/** DeploymentComplete: every replica updated and available, and the latest generation observed. */
export function deploymentComplete(d: Deployment, status: DeploymentStatus): boolean {
  const replicas = replicasOf(d);
  return (
    (status.updatedReplicas ?? 0) === replicas &&
    (status.replicas ?? 0) === replicas &&
    (status.availableReplicas ?? 0) === replicas &&
    (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available replicas than before. */
export function deploymentProgressing(previous: DeploymentStatus, next: DeploymentStatus): boolean {
  const oldBefore = (previous.replicas ?? 0) - (previous.updatedReplicas ?? 0);
  const oldNow = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (
    (next.updatedReplicas ?? 0) > (previous.updatedReplicas ?? 0) ||
    oldNow < oldBefore ||
    (next.readyReplicas ?? 0) > (previous.readyReplicas ?? 0) ||
    (next.availableReplicas ?? 0) > (previous.availableReplicas ?? 0)
  );
}
