/**
 * reclaimVolume, recycleVolumeOperation and deleteVolumeOperation of pv_controller.go. Retain does
 * nothing (the volume stays Released, its claimRef keeping the old uid, until an administrator clears
 * it). Recycle scrubs NFS and HostPath volumes through a recycler pod and makes them Available again;
 * other types fail. Delete leaves volumes of external provisioners to them, runs the in-tree hostPath
 * deleter (development only: `/tmp/...`), and fails for everything else.
 * `ReclaimState` stands for the controller's running-operations map: when each recycle started.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolume } from '../../api/schemas';
import { findDeleter, hasRecycler, hostPathDeleteError, NO_RECYCLER_MESSAGE, RECYCLE_MS, recyclerNode, recyclerPodMessages } from '../../storage';
import type { Action, ControllerContext } from '../controller';
import { unbindActions, volumePhaseActions } from './binding';
import { normal, usesClaim, warning } from './claim-sync';
import { objectKey } from '../../api';

export type ReclaimState = Map<string, number>;
type Volume = StoredObject<PersistentVolume>;

export function reclaimVolume(volume: Volume, context: ControllerContext, state: ReclaimState): Action[] {
  switch (volume.spec?.persistentVolumeReclaimPolicy) {
    case 'Recycle':
      return recycleVolume(volume, context, state);
    case 'Delete':
      return deleteVolume(volume, context);
    default:
      return [];
  }
}

function recycleVolume(volume: Volume, context: ControllerContext, state: ReclaimState): Action[] {
  if (!hasRecycler(volume)) return failed(volume, 'VolumeFailedRecycle', NO_RECYCLER_MESSAGE, context.now);
  const users = podsUsing(volume, context);
  if (users.length > 0) return [normal(volume, 'VolumeFailedRecycle', `Volume is used by pods: ${users.join(',')}`)];
  const key = objectKey('PersistentVolume', undefined, volume.metadata.name);
  const started = state.get(volume.metadata.uid);
  if (started === undefined) {
    state.set(volume.metadata.uid, context.now);
    const node = recyclerNode(context.store.list('Node')) ?? '';
    return [...recyclerPodMessages(volume.metadata.name, node).map((m) => normal(volume, 'RecyclerPod', m)), { type: 'requeueAfter', key, ms: RECYCLE_MS }];
  }
  if (context.now - started < RECYCLE_MS) return [];
  state.delete(volume.metadata.uid);
  return [normal(volume, 'VolumeRecycled', 'Volume recycled'), ...unbindActions(volume, context.now)];
}

function deleteVolume(volume: Volume, context: ControllerContext): Action[] {
  const deleter = findDeleter(volume);
  if (deleter.kind === 'external') return [];
  const error = deleter.kind === 'failed' ? deleter.message : hostPathDeleteError(volume);
  if (error) return failed(volume, 'VolumeFailedDelete', error, context.now);
  return [{ type: 'delete', object: volume }];
}

/** updateVolumePhaseWithEvent: phase Failed with the message, and the event, once. */
function failed(volume: Volume, reason: string, message: string, now: number): Action[] {
  if ((volume.status as { phase?: string } | undefined)?.phase === 'Failed') return [];
  return [...volumePhaseActions(volume, 'Failed', message, now), warning(volume, reason, message)];
}

/** isVolumeUsed: pods that still name the released claim. */
function podsUsing(volume: Volume, { store }: ControllerContext): string[] {
  const ref = volume.spec?.claimRef;
  if (!ref?.name) return [];
  return store
    .list('Pod', ref.namespace)
    .filter((p) => usesClaim(p, ref.name!) && !['Succeeded', 'Failed'].includes((p.status as { phase?: string } | undefined)?.phase ?? ''))
    .map((p) => p.metadata.name);
}
