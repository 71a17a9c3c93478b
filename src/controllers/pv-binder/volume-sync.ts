/**
 * syncVolume of pkg/controller/volume/persistentvolume/pv_controller.go: an unclaimed volume is
 * Available; a volume whose claim is gone is Released and reclaimed by its policy; a volume whose claim
 * went to another volume is released (dynamically provisioned + Delete) or unbound.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../../api/schemas';
import { ANN_DYNAMICALLY_PROVISIONED, hasAnnotation } from '../../storage';
import type { Action, ControllerContext } from '../controller';
import { unbindActions, volumePhaseActions } from './binding';
import { reclaimVolume, type ReclaimState } from './reclaim';

type Volume = StoredObject<PersistentVolume>;

export function syncVolume(volume: Volume, context: ControllerContext, state: ReclaimState): Action[] {
  const ref = volume.spec?.claimRef;
  // Unused, or pre-bound by the user to a claim that has not bound yet: Available.
  if (!ref || !ref.uid) return volumePhaseActions(volume, 'Available', '', context.now);
  const found = context.store.get('PersistentVolumeClaim', ref.namespace, ref.name ?? '') as StoredObject<PersistentVolumeClaim> | undefined;
  const claim = found?.metadata.uid === ref.uid ? found : undefined;
  if (!claim) return release(volume, context, state);
  // Bound on the volume's side only: the claim's sync finishes the binding (the watch enqueues it).
  if (!claim.spec?.volumeName) return [];
  if (claim.spec.volumeName === volume.metadata.name) return volumePhaseActions(volume, 'Bound', '', context.now);
  if (hasAnnotation(volume, ANN_DYNAMICALLY_PROVISIONED) && volume.spec?.persistentVolumeReclaimPolicy === 'Delete') return release(volume, context, state);
  return unbindActions(volume, context.now);
}

/** Released once (a Failed volume stays Failed so the user sees what went wrong), then reclaimed. */
function release(volume: Volume, context: ControllerContext, state: ReclaimState): Action[] {
  const phase = (volume.status as { phase?: string } | undefined)?.phase;
  const releasing = phase === 'Released' || phase === 'Failed' ? [] : volumePhaseActions(volume, 'Released', '', context.now);
  const current = releasing.length > 0 ? { ...volume, status: { ...(volume.status as object), phase: 'Released' } } : volume;
  return [...releasing, ...reclaimVolume(current, context, state)];
}
