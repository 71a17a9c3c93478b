/** Defaults of storage.k8s.io/v1 (pkg/apis/storage/v1/defaults.go SetDefaults_StorageClass). */
import type { StorageClass } from '../schemas';

export function defaultStorageClass(storageClass: StorageClass): void {
  storageClass.reclaimPolicy ??= 'Delete';
  storageClass.volumeBindingMode ??= 'Immediate';
}
