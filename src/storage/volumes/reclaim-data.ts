/**
 * What reclaiming does to the bytes, driven by the PV objects the controllers write (as the real
 * recycler pod and deleters act on disks while the controllers act on objects):
 * - a Recycle volume going Released → Available was scrubbed: its directory is emptied;
 * - a Delete volume removed while Released was deleted by its deleter: local-path's directory goes
 *   from its node, an in-tree hostPath under /tmp from every node, a disk altogether.
 * Deleting a PV object any other way (an admin's `kubectl delete pv`) leaves the data, as on a real disk.
 */
import type { ObjectStore, StoredObject } from '../../api';
import type { PersistentVolume } from '../../api/schemas';
import { LOCAL_PATH_PROVISIONER, ANN_LOCAL_PATH_SELECTED_NODE } from '../provisioning/local-path';
import { findDeleter, hostPathDeleteError } from '../reclaim/reclaim-plugins';
import { recyclerNode } from '../reclaim/recycler';
import type { VolumeDataStore } from './volume-data-store';
import { relativePath, scrub } from './volume-directory';
import { locateVolume } from './volume-location';

type Store = Pick<ObjectStore, 'watch' | 'list'>;

export function watchReclaimedData<Mount>(store: Store, data: VolumeDataStore<Mount>): void {
  store.watch('PersistentVolume', (event) => {
    const volume = event.object as StoredObject<PersistentVolume>;
    const phase = phaseOf(volume);
    if (event.type === 'MODIFIED' && volume.spec?.persistentVolumeReclaimPolicy === 'Recycle' && phase === 'Available' && phaseOf(event.oldObject) === 'Released') {
      scrubVolume(volume, data, recyclerNode(store.list('Node')));
    }
    if (event.type === 'DELETED' && volume.spec?.persistentVolumeReclaimPolicy === 'Delete' && phase === 'Released') deleteVolumeData(volume, data, store);
  });
}

function scrubVolume<Mount>(volume: PersistentVolume, data: VolumeDataStore<Mount>, node: string | undefined): void {
  const location = locateVolume(volume);
  if (location.kind === 'nfs') scrub(data.nfsServer(location.server), relativePath(location.path));
  if (location.kind === 'host' && node) scrub(data.nodeRoot(node), relativePath(location.path));
}

function deleteVolumeData<Mount>(volume: PersistentVolume, data: VolumeDataStore<Mount>, store: Store): void {
  const deleter = findDeleter(volume);
  const location = locateVolume(volume);
  if (deleter.kind === 'external' && deleter.provisioner === LOCAL_PATH_PROVISIONER && location.kind === 'host') {
    const node = volume.metadata.annotations?.[ANN_LOCAL_PATH_SELECTED_NODE];
    if (node) data.nodeRoot(node).remove(relativePath(location.path));
  } else if (deleter.kind === 'in-tree' && location.kind === 'host' && !hostPathDeleteError(volume)) {
    for (const node of store.list('Node')) data.nodeRoot(node.metadata.name).remove(relativePath(location.path));
  } else if (deleter.kind === 'external' && location.kind === 'disk') {
    data.deleteDisk(location.id);
  }
}

function phaseOf(obj: StoredObject | undefined): string | undefined {
  return (obj?.status as { phase?: string } | undefined)?.phase;
}
