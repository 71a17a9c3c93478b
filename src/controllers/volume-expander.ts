/**
 * Claim expansion, in its two halves (pkg/controller/volume/expand + kubernetes-csi/external-resizer for
 * the controller side, pkg/kubelet/volumemanager NodeExpandVolume for the node side; v1.32 with
 * RecoverVolumeExpansionFailure, beta and on):
 * 1. the resizer grows the volume (`spec.capacity`), records `status.allocatedResources` and marks the
 *    claim `FileSystemResizePending` with allocatedResourceStatuses `NodeResizePending`;
 * 2. the kubelet of a node where a pod uses the claim grows the filesystem: `status.capacity` takes the
 *    new size and the condition goes.
 * Admission (storage/admission/claim-resize.ts) already refused claims whose class does not allow
 * expansion. Simplifications: every dynamically provisioned volume is treated as resizable (kind's
 * local-path has no resizer; a hostPath directory has no size to enforce), both halves are instantaneous,
 * and the node half is done here in the kubelet's name rather than by the kubelet itself.
 */
import { objectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { PersistentVolume, PersistentVolumeClaim } from '../api/schemas';
import { compareQuantities } from '../api/validation/quantity';
import { toRFC3339 } from '../clock';
import { ANN_DYNAMICALLY_PROVISIONED, hasAnnotation } from '../storage';
import type { Action, Controller, StoreView, WatchKeys } from './controller';
import { claimKeysOfPod } from './pod-claim-keys';
import { fresh } from './pv-binder/binding';
import { usesClaim } from './pv-binder/claim-sync';

type Claim = StoredObject<PersistentVolumeClaim>;
interface ClaimStatus {
  phase?: string;
  capacity?: Record<string, string>;
  allocatedResources?: Record<string, string>;
  allocatedResourceStatuses?: Record<string, string>;
  conditions?: { type: string; status: string; message?: string; lastProbeTime?: string | null; lastTransitionTime?: string }[];
}

const claimKeys = (e: WatchEvent): ObjectKey[] => (e.type === 'DELETED' ? [] : [objectKey('PersistentVolumeClaim', e.object.metadata.namespace, e.object.metadata.name)]);

export const volumeResizerController: Controller = {
  name: 'external-resizer',
  watches: [{ kind: 'PersistentVolumeClaim', toKeys: claimKeys }],
  reconcile(key, { store, now }): Action[] {
    const claim = store.getByKey(key) as Claim | undefined;
    const volume = claim && boundVolume(claim, store);
    const requested = claim?.spec?.resources?.requests?.storage;
    if (!claim || !volume || !requested || !hasAnnotation(volume, ANN_DYNAMICALLY_PROVISIONED)) return [];
    if (compareQuantities(requested, volume.spec?.capacity?.storage ?? '0') <= 0) return [];
    const status = (claim.status ?? {}) as ClaimStatus;
    const condition = { type: 'FileSystemResizePending', status: 'True', lastProbeTime: null, lastTransitionTime: toRFC3339(now), message: 'Waiting for user to (re-)start a pod to finish file system resize of volume on node.' };
    const next: ClaimStatus = { ...status, allocatedResources: { storage: requested }, allocatedResourceStatuses: { storage: 'NodeResizePending' }, conditions: [condition] };
    return [
      { type: 'event', object: claim, eventType: 'Normal', reason: 'Resizing', message: `External resizer is resizing volume ${volume.metadata.name}` },
      { type: 'update', object: { ...fresh(volume), spec: { ...volume.spec, capacity: { ...volume.spec?.capacity, storage: requested } } } },
      { type: 'patchStatus', object: { ...fresh(claim), status: next } },
      { type: 'event', object: claim, eventType: 'Normal', reason: 'FileSystemResizeRequired', message: 'Require file system resize of volume on node' },
    ];
  },
};

export const nodeVolumeExpansionController: Controller = {
  name: 'kubelet',
  watches: [
    { kind: 'PersistentVolumeClaim', toKeys: claimKeys },
    { kind: 'Pod', toKeys: podClaimKeys },
  ],
  reconcile(key, { store }): Action[] {
    const claim = store.getByKey(key) as Claim | undefined;
    const status = (claim?.status ?? {}) as ClaimStatus;
    if (!claim || status.allocatedResourceStatuses?.storage !== 'NodeResizePending') return [];
    const pod = store.list('Pod', claim.metadata.namespace).find((p) => (p.spec as { nodeName?: string }).nodeName && usesClaim(p, claim.metadata.name));
    const volume = boundVolume(claim, store);
    if (!pod || !volume) return [];
    const next: ClaimStatus = { ...status, capacity: { ...status.capacity, storage: status.allocatedResources?.storage ?? '0' } };
    delete next.allocatedResourceStatuses;
    delete next.conditions;
    const node = (pod.spec as { nodeName: string }).nodeName;
    return [
      { type: 'patchStatus', object: { ...fresh(claim), status: next } },
      { type: 'event', object: pod, eventType: 'Normal', reason: 'FileSystemResizeSuccessful', message: `MountVolume.NodeExpandVolume succeeded for volume "${volume.metadata.name}" ${node}` },
    ];
  },
};

function boundVolume(claim: Claim, store: StoreView): StoredObject<PersistentVolume> | undefined {
  if ((claim.status as ClaimStatus | undefined)?.phase !== 'Bound' || !claim.spec?.volumeName) return undefined;
  return store.get('PersistentVolume', undefined, claim.spec.volumeName) as StoredObject<PersistentVolume> | undefined;
}

function podClaimKeys(event: WatchEvent): WatchKeys {
  return event.type === 'DELETED' ? undefined : claimKeysOfPod(event.object);
}
