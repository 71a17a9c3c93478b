/**
 * kind's local-path provisioner as the sig-storage external-provisioner library runs it
 * (sigs.k8s.io/sig-storage-lib-external-provisioner controller.go + rancher/local-path-provisioner):
 * it provisions claims the PV controller annotated with its name once a node is selected (its classes
 * are WaitForFirstConsumer; without a selected node it reports a configuration error), creating the
 * volume `pvc-<uid>` already bound through claimRef, and deletes the volumes it made once they are
 * Released under the Delete policy. Each directory operation is a helper pod that takes
 * LOCAL_PATH_HELPER_MS; the in-flight operations are this controller's memory, keyed by uid.
 * Events come from the provisioner's identity, `rancher.io/local-path_<pod>_<uuid>`.
 */
import { objectKey, parseObjectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../api';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../api/schemas';
import {
  ANN_DYNAMICALLY_PROVISIONED, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, claimClass, LOCAL_PATH_HELPER_MS, LOCAL_PATH_PROVISIONER, localPathRefusal,
  localPathVolume, provisionedVolumeName,
} from '../storage';
import type { Action, Controller, ControllerContext } from './controller';

type Claim = StoredObject<PersistentVolumeClaim>;

export function createLocalPathProvisioner(identity: string): Controller {
  const started = new Map<string, number>();
  return {
    name: identity,
    watches: [
      { kind: 'PersistentVolumeClaim', toKeys: selfKey },
      { kind: 'PersistentVolume', toKeys: selfKey },
    ],
    reconcile(key, context) {
      const obj = context.store.getByKey(key);
      if (!obj) return [];
      const step = parseObjectKey(key).kind === 'PersistentVolumeClaim' ? provisionStep(obj as Claim, context) : deleteStep(obj as StoredObject<PersistentVolume>);
      return step ? runAfterHelper(key, obj.metadata.uid, step, started, context.now) : [];
    },
  };
}

/** What to do for the object now: announce, then (after the helper pod) finish; or undefined for nothing. */
interface Step {
  readonly begin: Action[];
  readonly finish: Action[];
}

function provisionStep(claim: Claim, { store }: ControllerContext): Step | undefined {
  if (claim.metadata.deletionTimestamp || claim.spec?.volumeName || claim.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== LOCAL_PATH_PROVISIONER) return undefined;
  if (store.get('PersistentVolume', undefined, provisionedVolumeName(claim))) return undefined;
  const className = claimClass(claim);
  const sc = store.get('StorageClass', undefined, className) as StoredObject<StorageClass> | undefined;
  if (!sc) return undefined;
  const node = claim.metadata.annotations?.[ANN_SELECTED_NODE];
  const refusal = node ? localPathRefusal(claim) : 'configuration error, no node was specified';
  if (refusal) return { begin: [event(claim, 'Warning', 'ProvisioningFailed', `failed to provision volume with StorageClass "${className}": ${refusal}`)], finish: [] };
  const volume = localPathVolume(claim, sc, node!);
  return {
    begin: [event(claim, 'Normal', 'Provisioning', `External provisioner is provisioning volume for claim "${claim.metadata.namespace}/${claim.metadata.name}"`)],
    finish: [{ type: 'create', object: volume }, event(claim, 'Normal', 'ProvisioningSucceeded', `Successfully provisioned volume ${volume.metadata.name}`)],
  };
}

function deleteStep(volume: StoredObject<PersistentVolume>): Step | undefined {
  const released = (volume.status as { phase?: string } | undefined)?.phase === 'Released';
  if (!released || volume.metadata.deletionTimestamp || volume.spec?.persistentVolumeReclaimPolicy !== 'Delete') return undefined;
  if (volume.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED] !== LOCAL_PATH_PROVISIONER) return undefined;
  return { begin: [], finish: [{ type: 'delete', object: volume }] };
}

function runAfterHelper(key: ObjectKey, uid: string, step: Step, started: Map<string, number>, now: number): Action[] {
  if (step.finish.length === 0) return step.begin;
  const since = started.get(uid);
  if (since === undefined) {
    started.set(uid, now);
    return [...step.begin, { type: 'requeueAfter', key, ms: LOCAL_PATH_HELPER_MS }];
  }
  if (now - since < LOCAL_PATH_HELPER_MS) return [];
  started.delete(uid);
  return step.finish;
}

function selfKey(event: WatchEvent): ObjectKey[] {
  return event.type === 'DELETED' ? [] : [objectKey(event.object.kind, event.object.metadata.namespace, event.object.metadata.name)];
}

function event(object: StoredObject, eventType: 'Normal' | 'Warning', reason: string, message: string): Action {
  return { type: 'event', object, eventType, reason, message };
}
