/**
 * The Deployment controller (pkg/controller/deployment/deployment_controller.go syncDeployment, v1.32):
 * claims ReplicaSets by selector, then — deleting: status only; paused or only `replicas` changed: scale
 * proportionally; otherwise roll out by strategy. Files: sync.ts (shared steps), rolling.ts, recreate.ts,
 * progress.ts (conditions and deadline), status.ts (pure counts), fenceposts.ts (surge arithmetic).
 * Simplifications: the legacy `spec.rollbackTo`/rollback annotation path is absent (apps/v1 has no
 * rollbackTo; `kubectl rollout undo` patches the template client-side, as kubectl does); ReplicaFailure is
 * not copied up from ReplicaSets.
 */
import { controllerRefOf, type ObjectKey, type Selector, type StoredObject, type WatchEvent } from '../../api';
import type { Deployment, ReplicaSet } from '../../api/schemas';
import { claimObjects } from '../claim-objects';
import { specSelector } from '../spec-selector';
import type { Action, Controller, ControllerContext, StoreView, WatchKeys } from '../controller';
import { KeyMemo } from '../../api';
import { controllerOf } from '../owner-references';
import { DeploymentSync } from './deployment-sync';
import { checkPausedConditions, syncDeploymentStatus } from './progress';
import { rolloutRecreate } from './recreate';
import { workingCopy } from './replica-sets';
import { rolloutRolling } from './rolling';
import { followUpOfStatusWrite, rememberStatusWrite } from './status-write-follow-up';
import { cleanupDeployment, isScalingEvent, replicaSetGroups, scale } from './sync';
import { statusPatch } from '../status-patch';
import { selectingOwnerKeys } from '../selecting-owners';

/** The Deployment key last handed out: its ReplicaSets' and its own writes map to it again and again. */
const DEPLOYMENT_KEYS = new KeyMemo('Deployment');

export const deploymentController: Controller = {
  name: 'deployment-controller',
  watches: [
    { kind: 'Deployment', toKeys: (e) => (e.type === 'DELETED' ? undefined : DEPLOYMENT_KEYS.key(e.object.metadata.namespace, e.object.metadata.name)) },
    { kind: 'ReplicaSet', toKeys: replicaSetOwnerKeys },
    { kind: 'Pod', toKeys: (e, store) => (e.type === 'DELETED' ? podDeploymentKeys(e, store) : undefined) },
  ],
  reconcile: syncDeployment,
};

function syncDeployment(key: ObjectKey, context: ControllerContext): Action[] {
  return syncKey(key, context, true);
}

/** syncDeployment without answering a status write's follow-up from status-write-follow-up.ts (its test compares the two). */
export function syncDeploymentFully(key: ObjectKey, context: ControllerContext): Action[] {
  return syncKey(key, context, false);
}

function syncKey(key: ObjectKey, context: ControllerContext, answerFollowUps: boolean): Action[] {
  const d = context.store.getByKey(key) as StoredObject<Deployment> | undefined;
  if (!d) return [];
  const selector = specSelector(d);
  if (!selector || selector.isEmpty()) return selectingAll(d, context);
  const replicaSets = context.store.list('ReplicaSet', d.metadata.namespace);
  return (answerFollowUps ? followUpOfStatusWrite(d, replicaSets, context) : undefined) ?? syncClaimed(d, selector, replicaSets, context);
}

function syncClaimed(d: StoredObject<Deployment>, selector: Selector, replicaSets: StoredObject[], context: ControllerContext): Action[] {
  const { claimed, actions } = claimObjects(d, selector, replicaSets);
  const sync = new DeploymentSync(d, claimed.map((rs) => workingCopy(rs as ReplicaSet)), context.store, context.now);
  sync.prepend(actions);
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = replicaSetGroups(sync, false);
    syncDeploymentStatus(sync, [...oldRSs, ...(newRS ? [newRS] : [])], newRS);
    return sync.actions();
  }
  checkPausedConditions(sync);
  if (d.spec?.paused || isScalingEvent(sync)) syncScaling(sync);
  else if (d.spec?.strategy?.type === 'Recreate') rolloutRecreate(sync);
  else {
    rolloutRolling(sync);
    const out = sync.actions();
    rememberStatusWrite(sync, replicaSets, out);
    return out;
  }
  return sync.actions();
}

/** sync(): scaling and paused Deployments; a paused one also prunes its history. */
function syncScaling(sync: DeploymentSync): void {
  const { newRS, oldRSs } = replicaSetGroups(sync, false);
  scale(sync, newRS, oldRSs);
  if (sync.deployment.spec?.paused) cleanupDeployment(sync, oldRSs);
  syncDeploymentStatus(sync, [...oldRSs, ...(newRS ? [newRS] : [])], newRS);
}

function selectingAll(d: StoredObject<Deployment>, context: ControllerContext): Action[] {
  const actions: Action[] = [
    { type: 'event', object: d, eventType: 'Warning', reason: 'SelectingAll', message: 'This deployment is selecting all pods. A non-empty selector is required.' },
  ];
  if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
    actions.push({ type: 'patchStatus', object: statusPatch(d, { ...d.status, observedGeneration: d.metadata.generation }) });
  }
  void context;
  return actions;
}

/** addReplicaSet/updateReplicaSet/deleteReplicaSet: the controlling Deployment, or for orphans every Deployment selecting it. */
function replicaSetOwnerKeys(event: WatchEvent, store: StoreView): WatchKeys {
  const rs = event.object;
  const old = event.oldObject;
  const ref = controllerOf(rs);
  const oldRef = old && controllerOf(old);
  const first = ref?.kind === 'Deployment' ? DEPLOYMENT_KEYS.key(rs.metadata.namespace, ref.name) : undefined;
  const second = oldRef?.kind === 'Deployment' ? DEPLOYMENT_KEYS.key(old!.metadata.namespace, oldRef.name) : undefined;
  if (event.type === 'DELETED' || ref) return second === undefined || second === first ? first : first === undefined ? second : [first, second];
  return selectingOwnerKeys(store, 'Deployment', rs, adoptingSelector, second);
}

/** A Deployment with an empty selector selects nothing here (it is refused in its own sync). */
function adoptingSelector(d: StoredObject): Selector | undefined {
  const selector = specSelector(d);
  return selector && !selector.isEmpty() ? selector : undefined;
}

/** deletePod: a Recreate rollout waits for the old pods to be gone. */
function podDeploymentKeys(event: WatchEvent, store: StoreView): WatchKeys {
  const rsRef = controllerOf(event.object);
  if (rsRef?.kind !== 'ReplicaSet') return undefined;
  const rs = store.get('ReplicaSet', event.object.metadata.namespace, rsRef.name);
  const dRef = rs && controllerOf(rs);
  return dRef?.kind === 'Deployment' ? DEPLOYMENT_KEYS.key(rs!.metadata.namespace, dRef.name) : undefined;
}
