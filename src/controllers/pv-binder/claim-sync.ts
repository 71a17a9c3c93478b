/**
 * syncClaim of pkg/controller/volume/persistentvolume/pv_controller.go: an unbound claim looks for a
 * volume (or for the one it names in `spec.volumeName`), waits for its first consumer, hands off to
 * provisioning, or reports FailedBinding; a bound claim keeps its volume's status in step and turns
 * Lost when the volume goes away or was given to another claim.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../api/schemas';
import {
  ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE, checkVolumeSatisfyClaim, claimClass, defaultClass, findBestMatchForClaim,
  hasAnnotation, hasNilClass, isVolumeBoundToClaim,
} from '../../storage';
import type { Action, ControllerContext } from '../controller';
import { bindActions, claimStatusActions, fresh } from './binding';
import { provisionClaim } from './provision';

type Claim = StoredObject<PersistentVolumeClaim>;
type Volume = StoredObject<PersistentVolume>;

export function syncClaim(claim: Claim, context: ControllerContext): Action[] {
  return hasAnnotation(claim, ANN_BIND_COMPLETED) ? syncBoundClaim(claim, context) : syncUnboundClaim(claim, context);
}

function syncUnboundClaim(claim: Claim, context: ControllerContext): Action[] {
  if (claim.spec?.volumeName) return syncRequestedVolume(claim, context);
  const { store, now } = context;
  const delayBinding = isDelayBindingMode(claim, context);
  const volume = findBestMatchForClaim(claim, store.list('PersistentVolume') as Volume[], { delayBinding });
  if (volume) return bindActions(volume, claim, now);
  const withDefault = assignDefaultStorageClass(claim, context);
  if (withDefault) return [{ type: 'update', object: withDefault }];
  if (delayBinding && !hasAnnotation(claim, ANN_SELECTED_NODE)) return [emitEventForUnboundDelayBindingClaim(claim, context), ...claimStatusActions(claim, 'Pending', undefined)];
  if (claimClass(claim) !== '') return provisionClaim(claim, context);
  return [normal(claim, 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set'), ...claimStatusActions(claim, 'Pending', undefined)];
}

/** The user asked for one volume by name. */
function syncRequestedVolume(claim: Claim, { store, now }: ControllerContext): Action[] {
  const volume = store.get('PersistentVolume', undefined, claim.spec!.volumeName!) as Volume | undefined;
  if (!volume) return claimStatusActions(claim, 'Pending', undefined);
  if (!volume.spec?.claimRef) {
    const mismatch = checkVolumeSatisfyClaim(volume, claim);
    if (!mismatch) return bindActions(volume, claim, now);
    return [warning(claim, 'VolumeMismatch', `Cannot bind to requested volume "${volume.metadata.name}": ${mismatch}`), ...claimStatusActions(claim, 'Pending', undefined)];
  }
  if (isVolumeBoundToClaim(volume, claim)) return bindActions(volume, claim, now);
  if (!hasAnnotation(claim, ANN_BOUND_BY_CONTROLLER)) {
    return [warning(claim, 'FailedBinding', `volume "${volume.metadata.name}" already bound to a different claim.`), ...claimStatusActions(claim, 'Pending', undefined)];
  }
  return [];
}

function syncBoundClaim(claim: Claim, { store, now }: ControllerContext): Action[] {
  if (!claim.spec?.volumeName) return lost(claim, 'ClaimLost', 'Bound claim has lost reference to PersistentVolume. Data on the volume is lost!');
  const volume = store.get('PersistentVolume', undefined, claim.spec.volumeName) as Volume | undefined;
  if (!volume) return lost(claim, 'ClaimLost', 'Bound claim has lost its PersistentVolume. Data on the volume is lost!');
  if (!volume.spec?.claimRef || volume.spec.claimRef.uid === claim.metadata.uid) return bindActions(volume, claim, now);
  return lost(claim, 'ClaimMisbound', 'Two claims are bound to the same volume, this one is bound incorrectly');
}

/** updateClaimStatusWithEvent: the event only when the phase actually changes. */
function lost(claim: Claim, reason: string, message: string): Action[] {
  if ((claim.status as { phase?: string } | undefined)?.phase === 'Lost') return [];
  return [...claimStatusActions(claim, 'Lost', undefined), warning(claim, reason, message)];
}

export function isDelayBindingMode(claim: PersistentVolumeClaim, { store }: ControllerContext): boolean {
  const name = claimClass(claim);
  if (name === '') return false;
  const sc = store.get('StorageClass', undefined, name) as StorageClass | undefined;
  return sc?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** Retroactive default StorageClass assignment (GA 1.28): a claim with a nil class gets today's default. */
function assignDefaultStorageClass(claim: Claim, { store }: ControllerContext): PersistentVolumeClaim | undefined {
  if (!hasNilClass(claim)) return undefined;
  const def = defaultClass(store.list('StorageClass'));
  if (!def) return undefined;
  return { ...fresh(claim), spec: { ...claim.spec, storageClassName: def.metadata.name } };
}

/** WaitForFirstConsumer, or WaitForPodScheduled naming the pods that use the claim but have no node yet. */
function emitEventForUnboundDelayBindingClaim(claim: Claim, { store }: ControllerContext): Action {
  const pods = store
    .list('Pod', claim.metadata.namespace)
    .filter((p) => !(p.spec as { nodeName?: string }).nodeName && usesClaim(p, claim.metadata.name))
    .map((p) => p.metadata.name);
  if (pods.length === 0) return normal(claim, 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding');
  return normal(claim, 'WaitForPodScheduled', pods.length > 1 ? `waiting for pods ${pods.join(',')} to be scheduled` : `waiting for pod ${pods[0]} to be scheduled`);
}

export function usesClaim(pod: StoredObject, claimName: string): boolean {
  const volumes = (pod.spec as { volumes?: { persistentVolumeClaim?: { claimName?: string } }[] }).volumes ?? [];
  return volumes.some((v) => v.persistentVolumeClaim?.claimName === claimName);
}

export function normal(object: StoredObject, reason: string, message: string): Action {
  return { type: 'event', object, eventType: 'Normal', reason, message };
}

export function warning(object: StoredObject, reason: string, message: string): Action {
  return { type: 'event', object, eventType: 'Warning', reason, message };
}
