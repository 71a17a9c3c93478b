/**
 * The annotations the Deployment controller keeps on its ReplicaSets (deployment_util.go
 * SetNewReplicaSetAnnotations, copyDeploymentAnnotationsToReplicaSet, SetReplicasAnnotations).
 *
 * Revision example: RSes at revisions 1, 2, 3; rolling back to 2's template makes that RS new again, so it
 * gets revision 4 and `revision-history: 2` — revision 2 disappears from `rollout history`.
 */
import type { Deployment, ReplicaSet } from '../../api/schemas';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const ROLLBACK_TO = 'deprecated.deployment.rollback.to';
/** maxRevHistoryLengthInChars in the controller's sync.go. */
const MAX_REVISION_HISTORY_CHARS = 2000;

/** Annotations of the Deployment that are not copied to its ReplicaSets (skipCopyAnnotation). */
export const SKIPPED_ANNOTATIONS: readonly string[] = [LAST_APPLIED, REVISION, REVISION_HISTORY, DESIRED_REPLICAS, MAX_REPLICAS, ROLLBACK_TO];

export function revisionOf(obj: { metadata: { annotations?: Record<string, string> } }): number {
  const value = Number.parseInt(obj.metadata.annotations?.[REVISION] ?? '', 10);
  return Number.isNaN(value) ? 0 : value;
}

export function maxRevision(rss: readonly ReplicaSet[]): number {
  return rss.reduce((max, rs) => Math.max(max, revisionOf(rs)), 0);
}

/** Copies annotations and bumps the revision; returns whether anything changed. `rs` is a mutable copy. */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: number, exists: boolean, replicas: { desired: number; max: number }): boolean {
  const annotations = (rs.metadata.annotations ??= {});
  let changed = copyDeploymentAnnotations(d, annotations);
  const old = annotations[REVISION];
  const oldRevision = Number.parseInt(old ?? '', 10) || 0;
  if (oldRevision < newRevision) {
    annotations[REVISION] = String(newRevision);
    changed = true;
    // An RS that already had a revision and gets a newer one is being rolled back to: remember the old number.
    if (old !== undefined) annotations[REVISION_HISTORY] = appendRevisionHistory(annotations[REVISION_HISTORY], old);
  }
  if (!exists && setReplicasAnnotations(rs, replicas.desired, replicas.max)) changed = true;
  return changed;
}

function appendRevisionHistory(history: string | undefined, revision: string): string {
  const revisions = history ? history.split(',') : [];
  revisions.push(revision);
  while (revisions.join(',').length > MAX_REVISION_HISTORY_CHARS && revisions.length > 1) revisions.shift();
  return revisions.join(',');
}

function copyDeploymentAnnotations(d: Deployment, target: Record<string, string>): boolean {
  let changed = false;
  const annotations = d.metadata.annotations;
  for (const key in annotations) {
    const value = annotations[key]!;
    if (SKIPPED_ANNOTATIONS.includes(key) || target[key] === value) continue;
    target[key] = value;
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desired: number, max: number): boolean {
  const annotations = rs.metadata.annotations ?? {};
  return annotations[DESIRED_REPLICAS] !== String(desired) || annotations[MAX_REPLICAS] !== String(max);
}

export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  if (!replicasAnnotationsNeedUpdate(rs, desired, max)) return false;
  const annotations = (rs.metadata.annotations ??= {});
  annotations[DESIRED_REPLICAS] = String(desired);
  annotations[MAX_REPLICAS] = String(max);
  return true;
}

export function desiredReplicasOf(rs: ReplicaSet): number | undefined {
  const value = rs.metadata.annotations?.[DESIRED_REPLICAS];
  return value === undefined ? undefined : Number.parseInt(value, 10);
}

export function maxReplicasOf(rs: ReplicaSet): number | undefined {
  const value = rs.metadata.annotations?.[MAX_REPLICAS];
  return value === undefined ? undefined : Number.parseInt(value, 10);
}
