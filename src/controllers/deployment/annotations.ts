/**
 * The annotations the Deployment controller keeps on its ReplicaSets (deployment_util.go
 * SetNewReplicaSetAnnotations, copyDeploymentAnnotationsToReplicaSet, SetReplicasAnnotations).
 *
 * Revision example: RSes at revisions 1, 2, 3; rolling back to 2's template makes that RS new again, so it
 * gets revision 4 and `revision-history: 2` — revision 2 disappears from `rollout history`.
 */
import type { Deployment, ReplicaSet } from '../../api/schemas';
import { maxSurge, replicasOf } from './fenceposts';

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
  let max = 0;
  for (let i = 0; i < rss.length; i++) max = Math.max(max, revisionOf(rss[i]!));
  return max;
}

/**
 * The annotations of a working copy (replica-sets.ts workingCopy), made its own on the first write: until then
 * it shares its stored original's frozen metadata, since most syncs write no annotation.
 */
function writableAnnotations(rs: ReplicaSet): Record<string, string> {
  let metadata = rs.metadata;
  if (Object.isFrozen(metadata)) rs.metadata = metadata = { ...metadata };
  let annotations = metadata.annotations;
  if (!annotations || Object.isFrozen(annotations)) metadata.annotations = annotations = { ...annotations };
  return annotations;
}

/** Copies annotations and bumps the revision; returns whether anything changed. `rs` is a working copy. */
export function setNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: number, exists: boolean): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const old = rs.metadata.annotations?.[REVISION];
  const oldRevision = Number.parseInt(old ?? '', 10) || 0;
  if (oldRevision < newRevision) {
    const annotations = writableAnnotations(rs);
    annotations[REVISION] = String(newRevision);
    changed = true;
    // An RS that already had a revision and gets a newer one is being rolled back to: remember the old number.
    if (old !== undefined) annotations[REVISION_HISTORY] = appendRevisionHistory(annotations[REVISION_HISTORY], old);
  }
  if (!exists) {
    const desired = replicasOf(d);
    if (setReplicasAnnotations(rs, desired, desired + maxSurge(d))) changed = true;
  }
  return changed;
}

function appendRevisionHistory(history: string | undefined, revision: string): string {
  const revisions = history ? history.split(',') : [];
  revisions.push(revision);
  while (revisions.join(',').length > MAX_REVISION_HISTORY_CHARS && revisions.length > 1) revisions.shift();
  return revisions.join(',');
}

function copyDeploymentAnnotations(d: Deployment, rs: ReplicaSet): boolean {
  let changed = false;
  const annotations = d.metadata.annotations;
  for (const key in annotations) {
    const value = annotations[key]!;
    if (SKIPPED_ANNOTATIONS.includes(key) || rs.metadata.annotations?.[key] === value) continue;
    writableAnnotations(rs)[key] = value;
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desired: number, max: number): boolean {
  const annotations = rs.metadata.annotations;
  return annotations?.[DESIRED_REPLICAS] !== String(desired) || annotations?.[MAX_REPLICAS] !== String(max);
}

export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  if (!replicasAnnotationsNeedUpdate(rs, desired, max)) return false;
  const annotations = writableAnnotations(rs);
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
