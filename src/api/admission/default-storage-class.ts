/**
 * The DefaultStorageClass admission plugin (plugin/pkg/admission/storage/storageclass/setdefault): a new
 * PersistentVolumeClaim with no class at all (neither `spec.storageClassName` nor the beta annotation;
 * `""` counts as a choice) gets the default class. The default is the class annotated
 * `storageclass.kubernetes.io/is-default-class: "true"` (or the beta annotation); with several, the newest
 * wins and ties go to the first name (pkg/volume/util/storageclass.go GetDefaultClass, v1.26+). With none,
 * the claim keeps a nil class.
 */
import type { KubeObject, StoredObject } from '../object';
import type { ObjectStore } from '../store';
import type { AdmissionPlugin } from './admission';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
const DEFAULT_CLASS_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

export function isDefaultStorageClass(sc: KubeObject): boolean {
  return DEFAULT_CLASS_ANNOTATIONS.some((a) => sc.metadata.annotations?.[a] === 'true');
}

export function defaultStorageClassOf(classes: readonly StoredObject[]): StoredObject | undefined {
  return classes.filter(isDefaultStorageClass).sort((a, b) => {
    const [ta, tb] = [a.metadata.creationTimestamp, b.metadata.creationTimestamp];
    if (ta !== tb) return ta > tb ? -1 : 1;
    return a.metadata.name < b.metadata.name ? -1 : 1;
  })[0];
}

export function defaultStorageClassAdmission(store: Pick<ObjectStore, 'list'>): AdmissionPlugin {
  return {
    name: 'DefaultStorageClass',
    kinds: ['PersistentVolumeClaim'],
    mutate({ operation, object }) {
      if (operation !== 'CREATE') return;
      const spec = (object.spec ?? {}) as { storageClassName?: string };
      if (spec.storageClassName !== undefined || object.metadata.annotations?.[BETA_STORAGE_CLASS] !== undefined) return;
      const def = defaultStorageClassOf(store.list('StorageClass'));
      if (!def) return;
      return { ...object, spec: { ...spec, storageClassName: def.metadata.name } };
    },
  };
}
