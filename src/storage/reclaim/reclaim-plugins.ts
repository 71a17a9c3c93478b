/**
 * Which in-tree plugin, if any, can recycle or delete a released volume, as kube-controller-manager
 * finds them (cmd/kube-controller-manager/app/plugins.go loads hostPath and nfs as recyclers and
 * hostPath as the only in-tree deleter; pv_controller.go findDeletablePlugin hands volumes an external
 * provisioner made back to that provisioner).
 */
import type { PersistentVolume } from '../../api/schemas';
import { ANN_DYNAMICALLY_PROVISIONED, annotationOf } from '../annotations';

export type Deleter =
  | { readonly kind: 'external'; readonly provisioner: string }
  | { readonly kind: 'in-tree'; readonly plugin: 'kubernetes.io/host-path' }
  | { readonly kind: 'failed'; readonly message: string };

/** Recycle is deprecated and exists only for NFS and HostPath volumes. */
export function hasRecycler(volume: PersistentVolume): boolean {
  return volume.spec?.hostPath !== undefined || volume.spec?.nfs !== undefined;
}

export const NO_RECYCLER_MESSAGE = 'No recycler plugin found for the volume!';

export function findDeleter(volume: PersistentVolume): Deleter {
  const provisioner = annotationOf(volume, ANN_DYNAMICALLY_PROVISIONED);
  // An external provisioner deletes what it provisioned; in-tree names (`kubernetes.io/...`) have no plugin left.
  if (provisioner && !provisioner.startsWith('kubernetes.io/')) return { kind: 'external', provisioner };
  if (volume.spec?.hostPath) return { kind: 'in-tree', plugin: 'kubernetes.io/host-path' };
  return { kind: 'failed', message: `error getting deleter volume plugin for volume "${volume.metadata.name}": no deletable volume plugin matched` };
}

/**
 * pkg/volume/hostpath/host_path.go hostPathDeleter.Delete: development-only, it removes the directory
 * when its path matches the (unanchored) pattern `/tmp/.+`, and refuses anything else.
 */
export function hostPathDeleteError(volume: PersistentVolume): string | undefined {
  const path = volume.spec?.hostPath?.path ?? '';
  return /\/tmp\/.+/.test(path) ? undefined : `host_path deleter only supports /tmp/.+ but received provided ${path}`;
}
