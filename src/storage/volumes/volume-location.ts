/**
 * Where a persistent volume's bytes are, by volume source: a directory on a node (hostPath, local),
 * an export on an NFS server, or a network disk that follows the volume wherever it is attached.
 * Sources kubespec does not simulate further (iscsi, rbd, cloud disks...) are disks: the data follows the volume.
 */
import type { PersistentVolume } from '../../api/schemas';

export type VolumeLocation =
  /** A hostPath volume has no node of its own: its data is on whichever node mounts it. */
  | { readonly kind: 'host'; readonly path: string; readonly type?: string }
  | { readonly kind: 'local'; readonly path: string }
  | { readonly kind: 'nfs'; readonly server: string; readonly path: string; readonly readOnly: boolean }
  | { readonly kind: 'disk'; readonly id: string; readonly readOnly: boolean };

/** The network block and file sources of core/v1 PersistentVolumeSource other than nfs and csi. */
export const DISK_SOURCES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cinder', 'vsphereVolume', 'iscsi', 'fc', 'rbd', 'cephfs',
  'glusterfs', 'portworxVolume', 'flexVolume', 'flocker', 'quobyte', 'scaleIO', 'storageos', 'photonPersistentDisk',
] as const;

export function locateVolume(volume: PersistentVolume): VolumeLocation {
  const spec = volume.spec ?? {};
  if (spec.hostPath) return { kind: 'host', path: spec.hostPath.path ?? '', type: spec.hostPath.type };
  if (spec.local) return { kind: 'local', path: spec.local.path ?? '' };
  if (spec.nfs) return { kind: 'nfs', server: spec.nfs.server ?? '', path: spec.nfs.path ?? '', readOnly: spec.nfs.readOnly === true };
  if (spec.csi) return { kind: 'disk', id: `csi:${spec.csi.driver}/${spec.csi.volumeHandle}`, readOnly: spec.csi.readOnly === true };
  const field = DISK_SOURCES.find((f) => spec[f] !== undefined);
  const readOnly = field ? (spec[field] as { readOnly?: boolean }).readOnly === true : false;
  return { kind: 'disk', id: `${field ?? 'volume'}:${volume.metadata.name}`, readOnly };
}
