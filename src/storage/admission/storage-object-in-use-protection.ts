/**
 * The StorageObjectInUseProtection admission plugin (plugin/pkg/admission/storage/storageobjectinuseprotection):
 * every new claim gets the `kubernetes.io/pvc-protection` finalizer and every new volume
 * `kubernetes.io/pv-protection`, so deleting one in use only marks it Terminating.
 */
import type { AdmissionPlugin, KubeObject } from '../../api';
import { PV_PROTECTION_FINALIZER, PVC_PROTECTION_FINALIZER } from '../annotations';

export const storageObjectInUseProtection: AdmissionPlugin = {
  name: 'StorageObjectInUseProtection',
  kinds: ['PersistentVolume', 'PersistentVolumeClaim'],
  mutate({ operation, object }) {
    if (operation !== 'CREATE') return;
    const finalizer = object.kind === 'PersistentVolume' ? PV_PROTECTION_FINALIZER : PVC_PROTECTION_FINALIZER;
    return withFinalizer(object, finalizer);
  },
};

function withFinalizer(object: KubeObject, finalizer: string): KubeObject {
  const finalizers = object.metadata.finalizers ?? [];
  if (finalizers.includes(finalizer)) return object;
  return { ...object, metadata: { ...object.metadata, finalizers: [...finalizers, finalizer] } };
}
