/**
 * The writes of the PV controller's binding step (pkg/controller/volume/persistentvolume/pv_controller.go
 * bind, getBindVolumeToClaim, getBindClaimToVolume, updateClaimStatus, updateVolumePhase, unbindVolume).
 * Each returns Actions; an object already in the wanted state yields none.
 */
import { toRFC3339 } from '../../clock';
import type { StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/schemas';
import { ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, hasAnnotation } from '../../storage';
import { isVolumeBoundToClaim } from '../../storage';
import type { Action } from '../controller';

type Volume = StoredObject<PersistentVolume>;
type Claim = StoredObject<PersistentVolumeClaim>;
export const COMPONENT = 'persistentvolume-controller';

export function bindActions(volume: Volume, claim: Claim, now: number): Action[] {
  const boundVolume = bindVolumeToClaim(volume, claim);
  const boundClaim = bindClaimToVolume(claim, volume);
  return [
    ...(boundVolume ? [{ type: 'update', object: boundVolume } as const] : []),
    ...volumePhaseActions(boundVolume ?? volume, 'Bound', '', now),
    ...(boundClaim ? [{ type: 'update', object: boundClaim } as const] : []),
    ...claimStatusActions(boundClaim ?? claim, 'Bound', boundVolume ?? volume),
  ];
}

/** claimRef → this claim (with its uid), and `bound-by-controller` unless the user pre-bound it. */
function bindVolumeToClaim(volume: Volume, claim: Claim): PersistentVolume | undefined {
  const ref = volume.spec?.claimRef;
  const refOk = ref && ref.name === claim.metadata.name && ref.namespace === claim.metadata.namespace && ref.uid === claim.metadata.uid;
  const markController = !isVolumeBoundToClaim(volume, claim) && !hasAnnotation(volume, ANN_BOUND_BY_CONTROLLER);
  if (refOk && !markController) return undefined;
  const claimRef = { kind: 'PersistentVolumeClaim', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: 'v1', resourceVersion: claim.metadata.resourceVersion };
  const annotations = markController ? { ...volume.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' } : volume.metadata.annotations;
  return { ...fresh(volume), metadata: { ...fresh(volume).metadata, annotations }, spec: { ...volume.spec, claimRef: refOk ? ref : claimRef } };
}

function bindClaimToVolume(claim: Claim, volume: Volume): PersistentVolumeClaim | undefined {
  const shouldBind = claim.spec?.volumeName !== volume.metadata.name;
  const annotations = { ...claim.metadata.annotations };
  if (shouldBind && !annotations[ANN_BOUND_BY_CONTROLLER]) annotations[ANN_BOUND_BY_CONTROLLER] = 'yes';
  const needsCompleted = !annotations[ANN_BIND_COMPLETED];
  if (needsCompleted) annotations[ANN_BIND_COMPLETED] = 'yes';
  if (!shouldBind && !needsCompleted) return undefined;
  return { ...fresh(claim), metadata: { ...fresh(claim).metadata, annotations }, spec: { ...claim.spec, volumeName: volume.metadata.name } };
}

/** updateVolumePhase: phase, message, and (PersistentVolumeLastPhaseTransitionTime, GA 1.31) the transition time. */
export function volumePhaseActions(volume: PersistentVolume, phase: string, message: string, now: number): Action[] {
  const status = (volume.status ?? {}) as { phase?: string; message?: string };
  if (status.phase === phase && (status.message ?? '') === message) return [];
  const transition = status.phase === phase ? {} : { lastPhaseTransitionTime: toRFC3339(now) };
  const next: Record<string, unknown> = { ...status, phase, message, ...transition };
  if (!message) delete next.message;
  return [{ type: 'patchStatus', object: { ...fresh(volume), status: next } }];
}

/** updateClaimStatus: the bound volume's access modes, and its capacity when the claim becomes Bound. */
export function claimStatusActions(claim: PersistentVolumeClaim, phase: string, volume: PersistentVolume | undefined): Action[] {
  const status = (claim.status ?? {}) as { phase?: string; accessModes?: string[]; capacity?: Record<string, string> };
  const next = { ...status, phase };
  if (!volume) {
    delete next.accessModes;
    delete next.capacity;
  } else {
    next.accessModes = [...(volume.spec?.accessModes ?? [])];
    if (status.phase !== phase) next.capacity = { ...volume.spec?.capacity };
  }
  if (JSON.stringify(next) === JSON.stringify(status)) return [];
  return [{ type: 'patchStatus', object: { ...fresh(claim), status: next } }];
}

/** unbindVolume: forget the claim (or only its uid, when the user pre-bound it), and become Available. */
export function unbindActions(volume: Volume, now: number): Action[] {
  const boundByController = hasAnnotation(volume, ANN_BOUND_BY_CONTROLLER);
  const annotations = { ...volume.metadata.annotations };
  delete annotations[ANN_BOUND_BY_CONTROLLER];
  const { claimRef: ref, ...rest } = volume.spec ?? {};
  const keptRef = ref && !boundByController ? { claimRef: withoutUid(ref) } : {};
  const { annotations: _old, ...base } = fresh(volume).metadata;
  const metadata = Object.keys(annotations).length > 0 ? { ...base, annotations } : base;
  const unbound = { ...fresh(volume), metadata, spec: { ...rest, ...keptRef } };
  return [{ type: 'update', object: unbound }, ...volumePhaseActions(unbound, 'Available', '', now)];
}

function withoutUid<T extends { uid?: string }>(ref: T): Omit<T, 'uid'> {
  const { uid: _uid, ...rest } = ref;
  return rest;
}

/** A copy without resourceVersion: the controller's successive writes to one object must not conflict. */
export function fresh<T extends { metadata: object }>(obj: T): T {
  return { ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } };
}
