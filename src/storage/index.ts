/**
 * Storage: what PersistentVolumes, claims and StorageClasses mean below the controllers — matching a
 * claim to a volume, the local-path provisioner's volumes, which plugins can recycle or delete, the
 * admission plugins of the storage API, and volume data (`volumes/`): directories that live on nodes,
 * NFS servers and disks, set up for pods by the kubelet through `VolumeHost`.
 */
export * from './annotations';
export * from './access-modes';
export * from './storage-class';
export * from './volume-node-affinity';
export * from './binding/find-matching-volume';
export * from './provisioning/local-path';
export * from './reclaim/reclaim-plugins';
export * from './reclaim/recycler';
export { storageObjectInUseProtection } from './admission/storage-object-in-use-protection';
export { claimResizeAdmission } from './admission/claim-resize';
export * from './volumes/volume-directory';
export * from './volumes/volume-plugin';
export { VolumeDataStore } from './volumes/volume-data-store';
export { VolumeHost, mountTimeoutMessage, POD_ATTACH_AND_MOUNT_TIMEOUT_MS, type VolumeSetUp } from './volumes/volume-host';
export { watchReclaimedData } from './volumes/reclaim-data';
export { locateVolume, type VolumeLocation } from './volumes/volume-location';
export { isAttachable, isMultiAttachForbidden, multiAttachMessage } from './volumes/attachments';
export { checkHostPathType } from './volumes/host-path-type';

/** The `context.services` name under which the cluster hands the kubelet its VolumeHost. */
export const VOLUMES_SERVICE = 'volumes';
export * from './scheduling';
