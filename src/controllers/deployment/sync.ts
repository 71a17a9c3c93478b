/**
 * The shared steps of a Deployment sync (pkg/controller/deployment/sync.go): finding or creating the new
 * ReplicaSet with its revision, scaling a ReplicaSet with its event, proportional scaling when only
 * `spec.replicas` changed, and cleaning up history beyond revisionHistoryLimit.
 */
import type { Deployment, ReplicaSet } from '../../api/schemas';
import { DESIRED_REPLICAS, desiredReplicasOf, maxReplicasOf, maxRevision, replicasAnnotationsNeedUpdate, REVISION, revisionOf, setNewReplicaSetAnnotations, setReplicasAnnotations } from './annotations';
import { getCondition, newCondition, REASON, setCondition } from './conditions';
import type { DeploymentSync } from './deployment-sync';
import { appended } from '../appended';
import { isRollingUpdate, maxSurge, newRSNewReplicas, replicasOf, specReplicasSum } from './fenceposts';
import { buildNewReplicaSet, byCreation, findNewReplicaSet, isActive, type WorkingReplicaSet } from './replica-sets';

/** The groups are read, never edited: a sync shares one (see replicaSetGroups). */
export interface ReplicaSetGroups {
  readonly newRS: WorkingReplicaSet | undefined;
  readonly oldRSs: readonly WorkingReplicaSet[];
}

export function hasProgressDeadline(d: Deployment): boolean {
  const seconds = d.spec?.progressDeadlineSeconds;
  return seconds !== undefined && seconds !== 2 ** 31 - 1;
}

/**
 * getAllReplicaSetsAndSyncRevision. A sync calls it twice (isScalingEvent, then the rollout); once the new
 * ReplicaSet was found, a second call would find it again and change nothing (its annotations, minReadySeconds,
 * the revision and the Progressing condition are already what the first call made them), so it is remembered.
 */
export function replicaSetGroups(sync: DeploymentSync, createIfNotExisted: boolean): ReplicaSetGroups {
  if (sync.foundGroups) return sync.foundGroups;
  const existing = findNewReplicaSet(sync.deployment, sync.replicaSets);
  // Its own list even without a new RS: createNewReplicaSet adds the one it creates to sync.replicaSets.
  let old: WorkingReplicaSet[] | undefined;
  for (let i = 0; i < sync.replicaSets.length; i++) if (sync.replicaSets[i] !== existing) old = appended(old, sync.replicaSets[i]!);
  const oldRSs = old ?? [];
  const newRS = getNewReplicaSet(sync, existing, oldRSs, createIfNotExisted);
  if (!existing) return { newRS, oldRSs };
  return (sync.foundGroups = { newRS: existing, oldRSs });
}

function getNewReplicaSet(sync: DeploymentSync, existing: WorkingReplicaSet | undefined, oldRSs: readonly WorkingReplicaSet[], create: boolean): WorkingReplicaSet | undefined {
  const d = sync.deployment;
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) {
    const annotationsUpdated = setNewReplicaSetAnnotations(d, existing, newRevision, true);
    const minReadySeconds = d.spec?.minReadySeconds ?? 0;
    if (annotationsUpdated || (existing.spec?.minReadySeconds ?? 0) !== minReadySeconds) {
      existing.spec = { ...existing.spec, minReadySeconds };
      sync.markUpdated(existing);
    }
    sync.setRevision(existing.metadata.annotations?.[REVISION]);
    if (hasProgressDeadline(d) && !getCondition(sync.status, 'Progressing')) {
      setCondition(sync.writableStatus(), newCondition('Progressing', 'True', REASON.foundNewReplicaSet, `Found new replica set "${existing.metadata.name}"`, sync.now));
    }
    return existing;
  }
  return create ? createNewReplicaSet(sync, oldRSs, newRevision) : undefined;
}

function createNewReplicaSet(sync: DeploymentSync, oldRSs: readonly WorkingReplicaSet[], newRevision: number): WorkingReplicaSet | undefined {
  const d = sync.deployment;
  const rs = buildNewReplicaSet(d);
  if (sync.store.get('ReplicaSet', d.metadata.namespace, rs.metadata.name)) {
    // A hash collision with an RS whose template differs: bump collisionCount so the next sync hashes anew.
    const status = sync.writableStatus();
    status.collisionCount = (status.collisionCount ?? 0) + 1;
    return undefined;
  }
  rs.spec = { ...rs.spec, replicas: newRSNewReplicas(d, [...oldRSs, rs], rs) };
  setNewReplicaSetAnnotations(d, rs, newRevision, false);
  sync.create(rs);
  const replicas = rs.spec.replicas ?? 0;
  if (replicas > 0) sync.event('ScalingReplicaSet', `Scaled up replica set ${rs.metadata.name} from 0 to ${replicas}`);
  if (hasProgressDeadline(d)) {
    setCondition(sync.writableStatus(), newCondition('Progressing', 'True', REASON.newReplicaSetCreated, `Created new replica set "${rs.metadata.name}"`, sync.now));
  }
  sync.setRevision(String(newRevision));
  return rs;
}

/** scaleReplicaSetAndRecordEvent: a no-op when the size is already right. */
export function scaleReplicaSetAndRecordEvent(sync: DeploymentSync, rs: WorkingReplicaSet, newScale: number): boolean {
  if ((rs.spec?.replicas ?? 0) === newScale) return false;
  return scaleReplicaSet(sync, rs, newScale);
}

/** scaleReplicaSet: size and the desired/max-replicas annotations in one update; an event when the size changed. */
export function scaleReplicaSet(sync: DeploymentSync, rs: WorkingReplicaSet, newScale: number, operation?: string): boolean {
  const old = rs.spec?.replicas ?? 0;
  const desired = replicasOf(sync.deployment);
  const max = desired + maxSurge(sync.deployment);
  const sizeNeedsUpdate = old !== newScale;
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return false;
  sync.scaling(rs, old);
  rs.spec = { ...rs.spec, replicas: newScale };
  setReplicasAnnotations(rs, desired, max);
  sync.markUpdated(rs);
  if (sizeNeedsUpdate) sync.event('ScalingReplicaSet', `Scaled ${operation ?? (old < newScale ? 'up' : 'down')} replica set ${rs.metadata.name} from ${old} to ${newScale}`);
  return sizeNeedsUpdate;
}

/** isScalingEvent: an active RS whose desired-replicas annotation differs from spec.replicas. */
export function isScalingEvent(sync: DeploymentSync): boolean {
  const { newRS, oldRSs } = replicaSetGroups(sync, false);
  for (let i = 0; i <= oldRSs.length; i++) {
    const rs = i < oldRSs.length ? oldRSs[i]! : newRS;
    if (rs && isActive(rs) && rs.metadata.annotations?.[DESIRED_REPLICAS] !== undefined && desiredReplicasOf(rs) !== replicasOf(sync.deployment)) return true;
  }
  return false;
}

/** cleanupDeployment: delete the oldest scaled-down ReplicaSets beyond revisionHistoryLimit. */
export function cleanupDeployment(sync: DeploymentSync, oldRSs: readonly WorkingReplicaSet[]): void {
  const limit = sync.deployment.spec?.revisionHistoryLimit;
  if (limit === undefined) return;
  const cleanable = oldRSs.filter((rs) => rs.metadata.uid && !rs.metadata.deletionTimestamp);
  const diff = cleanable.length - limit;
  if (diff <= 0) return;
  const byRevision = [...cleanable].sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
  for (const rs of byRevision.slice(0, diff)) {
    const settled = (rs.status?.replicas ?? 0) === 0 && (rs.spec?.replicas ?? 0) === 0 && (rs.metadata.generation ?? 0) <= (rs.status?.observedGeneration ?? 0);
    if (settled) sync.delete(rs);
  }
}

/**
 * scale(): when only spec.replicas changed. One active RS (or none: the newest) takes the full count; a
 * saturated new RS means the old ones go to 0; otherwise the change is shared in proportion to each RS's
 * size over its max-replicas annotation, and the rounding leftover goes to the largest.
 * Example: 10 replicas (surge 3) split old 8 / new 5, scaled to 20 (surge 5): allowed 25 − 13 = 12 to add;
 * old (larger) gets min(round(8·25/13) − 8, 12) = 7, new gets min(round(5·25/13) − 5, 12 − 7) = 5: old 15, new 10.
 */
export function scale(sync: DeploymentSync, newRS: WorkingReplicaSet | undefined, oldRSs: readonly WorkingReplicaSet[]): void {
  const d = sync.deployment;
  const replicas = replicasOf(d);
  const target = activeOrLatest(newRS, oldRSs);
  if (target) {
    if ((target.spec?.replicas ?? 0) !== replicas) scaleReplicaSetAndRecordEvent(sync, target, replicas);
    return;
  }
  if (isSaturated(replicas, newRS)) {
    for (const old of oldRSs.filter(isActive)) scaleReplicaSetAndRecordEvent(sync, old, 0);
    return;
  }
  if (isRollingUpdate(d)) scaleProportionally(sync, [...oldRSs, ...(newRS ? [newRS] : [])].filter(isActive));
}

function scaleProportionally(sync: DeploymentSync, active: WorkingReplicaSet[]): void {
  const d = sync.deployment;
  const replicas = replicasOf(d);
  const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowed - specReplicasSum(active);
  // ReplicaSetsBySizeNewer when growing, BySizeOlder when shrinking: the largest first either way.
  active.sort((a, b) => (b.spec?.replicas ?? 0) - (a.spec?.replicas ?? 0) || (toAdd > 0 ? byCreation(b, a) : byCreation(a, b)));
  const operation = toAdd > 0 ? 'up' : toAdd < 0 ? 'down' : '';
  let added = 0;
  const sizes = active.map((rs) => {
    const proportion = toAdd === 0 ? 0 : getProportion(sync, rs, toAdd, added);
    added += proportion;
    return (rs.spec?.replicas ?? 0) + proportion;
  });
  if (toAdd !== 0 && sizes.length > 0) sizes[0] = Math.max(sizes[0]! + toAdd - added, 0);
  active.forEach((rs, i) => scaleReplicaSet(sync, rs, sizes[i]!, operation));
}

function getProportion(sync: DeploymentSync, rs: ReplicaSet, toAdd: number, added: number): number {
  const current = rs.spec?.replicas ?? 0;
  if (current === 0 || toAdd === added) return 0;
  const d = sync.deployment;
  const replicas = replicasOf(d);
  const annotated = maxReplicasOf(rs) ?? d.status?.replicas ?? 0;
  if (replicas > 0 && annotated === 0) return 0;
  const fraction = replicas === 0 ? -current : goRound((current * (replicas + maxSurge(d))) / annotated) - current;
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** math.Round: half away from zero. */
function goRound(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

function activeOrLatest(newRS: WorkingReplicaSet | undefined, oldRSs: readonly WorkingReplicaSet[]): WorkingReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const active = [...oldRSs, ...(newRS ? [newRS] : [])].filter(isActive);
  if (active.length === 1) return active[0];
  if (active.length > 1) return undefined;
  return newRS ?? [...oldRSs].sort((a, b) => byCreation(b, a))[0];
}

function isSaturated(replicas: number, rs: WorkingReplicaSet | undefined): boolean {
  return rs !== undefined && desiredReplicasOf(rs) === replicas && (rs.spec?.replicas ?? 0) === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}
