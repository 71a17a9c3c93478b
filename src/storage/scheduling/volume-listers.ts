/**
 * What kube-scheduler's volume plugins read about storage: the PVC, PV and StorageClass listers of its
 * informers, and the PV assume cache's `ListPVs(storageClassName)`, which an indexer by class answers
 * (pkg/scheduler/framework/plugins/volumebinding/binder.go NewVolumeBinder, assume_cache.go). The
 * cluster hands the scheduler an implementation over its object store; tests may pass a fake.
 */
import type { ObjectStore, StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../api/schemas';
import { volumeClass } from '../storage-class';

export type Claim = StoredObject<PersistentVolumeClaim>;
export type Volume = StoredObject<PersistentVolume>;

export interface VolumeListers {
  claim(namespace: string, name: string): Claim | undefined;
  volume(name: string): Volume | undefined;
  storageClass(name: string): StorageClass | undefined;
  /** The volumes of one class (`""`: volumes without a class), ordered by name. */
  volumesOfClass(className: string): readonly Volume[];
}

const PV_BY_CLASS = 'scheduler-pv-by-storage-class';

export function storeVolumeListers(store: ObjectStore): VolumeListers {
  store.addIndexer({ name: PV_BY_CLASS, kind: 'PersistentVolume', keys: (pv) => [['class', volumeClass(pv as PersistentVolume)]] });
  return {
    claim: (namespace, name) => store.get('PersistentVolumeClaim', namespace, name) as Claim | undefined,
    volume: (name) => store.get('PersistentVolume', undefined, name) as Volume | undefined,
    storageClass: (name) => (name ? (store.get('StorageClass', undefined, name) as StorageClass | undefined) : undefined),
    volumesOfClass(className) {
      const keys = store.indexed(PV_BY_CLASS, 'class')?.get(className);
      if (!keys || keys.size === 0) return [];
      const volumes = [...keys].map((key) => store.getByKey(key) as Volume);
      return volumes.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    },
  };
}
