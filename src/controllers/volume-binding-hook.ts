/**
 * The part of kube-scheduler's VolumeBinding plugin (pkg/scheduler/framework/plugins/volumebinding,
 * binder.go FindPodVolumes + BindPodVolumes) that WaitForFirstConsumer claims need, for as long as
 * kubespec's scheduler does not model volume plugins: once a pod that uses an unbound
 * WaitForFirstConsumer claim is on a node, the claim gets the best static volume whose node affinity
 * admits that node (pre-bound through the volume's claimRef, which the PV controller then completes), or,
 * failing that, the annotation `volume.kubernetes.io/selected-node` that starts dynamic provisioning.
 * Difference from Kubernetes: the real plugin does this before binding the pod (PreBind) and refuses
 * nodes without a fitting volume; here the pod is already bound and waits in ContainerCreating until
 * its volume is ready.
 */
import { objectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from '../api/schemas';
import { ANN_BOUND_BY_CONTROLLER, ANN_SELECTED_NODE, claimClass, findBestMatchForClaim } from '../storage';
import type { Action, Controller, ControllerContext, StoreView } from './controller';
import { fresh } from './pv-binder/binding';

type Claim = StoredObject<PersistentVolumeClaim>;
type Volume = StoredObject<PersistentVolume>;

export const volumeBindingHook: Controller = {
  name: 'volume-binding',
  watches: [
    { kind: 'Pod', toKeys: (e) => (e.type === 'DELETED' ? [] : [objectKey('Pod', e.object.metadata.namespace, e.object.metadata.name)]) },
    { kind: 'PersistentVolume', toKeys: waitingPodsOnVolumeAdded },
  ],
  reconcile(key, context): Action[] {
    const pod = context.store.getByKey(key) as StoredObject<Pod> | undefined;
    const nodeName = pod?.spec?.nodeName;
    if (!pod || !nodeName || pod.metadata.deletionTimestamp) return [];
    const taken = new Set<string>();
    return waitingClaims(pod, context.store).flatMap((claim) => bindOrSelectNode(claim, nodeName, context, taken));
  },
};

function bindOrSelectNode(claim: Claim, nodeName: string, { store }: ControllerContext, taken: Set<string>): Action[] {
  const labels = store.get('Node', undefined, nodeName)?.metadata.labels ?? {};
  const volumes = (store.list('PersistentVolume') as Volume[]).filter((v) => !taken.has(v.metadata.name));
  const volume = findBestMatchForClaim(claim, volumes, { delayBinding: true, node: { name: nodeName, labels } });
  if (volume) {
    taken.add(volume.metadata.name);
    const claimRef = { kind: 'PersistentVolumeClaim', apiVersion: 'v1', namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, resourceVersion: claim.metadata.resourceVersion };
    const annotations = { ...volume.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' };
    return [{ type: 'update', object: { ...fresh(volume), metadata: { ...fresh(volume).metadata, annotations }, spec: { ...volume.spec, claimRef } } }];
  }
  const sc = store.get('StorageClass', undefined, claimClass(claim)) as StorageClass | undefined;
  // checkVolumeProvisions: this provisioner never provisions, so only a static volume could help.
  if (!sc || sc.provisioner === 'kubernetes.io/no-provisioner') return [];
  const annotations = { ...claim.metadata.annotations, [ANN_SELECTED_NODE]: nodeName };
  return [{ type: 'update', object: { ...fresh(claim), metadata: { ...fresh(claim).metadata, annotations } } }];
}

/** The pod's claims that are unbound, WaitForFirstConsumer, and have no node selected yet. */
function waitingClaims(pod: StoredObject<Pod>, store: StoreView): Claim[] {
  return (pod.spec?.volumes ?? []).flatMap((v) => {
    const claim = v.persistentVolumeClaim?.claimName ? (store.get('PersistentVolumeClaim', pod.metadata.namespace, v.persistentVolumeClaim.claimName) as Claim | undefined) : undefined;
    if (!claim || claim.spec?.volumeName || claim.metadata.deletionTimestamp || claim.metadata.annotations?.[ANN_SELECTED_NODE]) return [];
    const sc = store.get('StorageClass', undefined, claimClass(claim)) as StorageClass | undefined;
    return sc?.volumeBindingMode === 'WaitForFirstConsumer' ? [claim] : [];
  });
}

/** A new static volume may be what a waiting pod needs (the real scheduler retries the pod on PV events). */
function waitingPodsOnVolumeAdded(event: WatchEvent, store: StoreView): ObjectKey[] {
  if (event.type !== 'ADDED') return [];
  return store
    .list('Pod')
    .filter((p) => (p.spec as { nodeName?: string }).nodeName && waitingClaims(p as StoredObject<Pod>, store).length > 0)
    .map((p) => objectKey('Pod', p.metadata.namespace, p.metadata.name));
}
