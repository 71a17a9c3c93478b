/**
 * API defaulting: what the apiserver fills in on every create and update, per kind, following
 * pkg/apis/<group>/v1/defaults.go (`applyDefaults`), and what strategies and admission add on create only
 * (`prepareForCreate`). Both are pure: they return a new object.
 */
import { deepCopy } from '../deep-freeze';
import type { KubeObject } from '../object';
import type { Pod } from '../schemas';
import { defaultedPod } from './pod-copy-on-write';
import { defaultDaemonSet, defaultDeployment, defaultReplicaSet, defaultStatefulSet } from './apps-v1';
import { defaultCronJob, defaultJob } from './batch-v1';
import {
  defaultEndpoints,
  defaultNamespace,
  defaultNode,
  defaultPersistentVolume,
  defaultPersistentVolumeClaim,
  defaultPod,
  defaultReplicationController,
  defaultSecret,
  defaultService,
} from './core-v1';
import { defaultEndpointSlice } from './discovery-v1';
import { defaultRole, defaultRoleBinding } from './rbac-v1';
import { defaultStorageClass } from './storage-v1';

// Each defaulter takes its kind's type; the object's apiVersion/kind has been checked by decodeStrict.
type Defaulter = (obj: never) => void;

const DEFAULTERS: Readonly<Record<string, Defaulter>> = {
  'v1/Pod': defaultPod,
  'v1/Service': defaultService,
  'v1/ReplicationController': defaultReplicationController,
  'v1/PersistentVolume': defaultPersistentVolume,
  'v1/PersistentVolumeClaim': defaultPersistentVolumeClaim,
  'v1/Secret': defaultSecret,
  'v1/Namespace': defaultNamespace,
  'v1/Endpoints': defaultEndpoints,
  'v1/Node': defaultNode,
  'apps/v1/Deployment': defaultDeployment,
  'apps/v1/ReplicaSet': defaultReplicaSet,
  'apps/v1/DaemonSet': defaultDaemonSet,
  'apps/v1/StatefulSet': defaultStatefulSet,
  'batch/v1/Job': defaultJob,
  'batch/v1/CronJob': defaultCronJob,
  'discovery.k8s.io/v1/EndpointSlice': defaultEndpointSlice,
  'storage.k8s.io/v1/StorageClass': defaultStorageClass,
  'rbac.authorization.k8s.io/v1/Role': defaultRole,
  'rbac.authorization.k8s.io/v1/ClusterRole': defaultRole,
  'rbac.authorization.k8s.io/v1/RoleBinding': defaultRoleBinding,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': defaultRoleBinding,
};

/** The object with the apiserver's defaults filled in; kinds without defaults come back as an equal copy. */
export function applyDefaults<T extends KubeObject>(obj: T): T {
  // A pod shares the defaulted copies of the frozen subtrees it was built from (its controller's template).
  const pod = obj.kind === 'Pod' && obj.apiVersion === 'v1' ? defaultedPod(obj as unknown as Pod) : undefined;
  if (pod) return pod as unknown as T;
  const copy = deepCopy(obj);
  const defaulter = DEFAULTERS[`${obj.apiVersion}/${obj.kind}`];
  if (defaulter) (defaulter as (obj: T) => void)(copy);
  return copy;
}

export { prepareForCreate } from './prepare-for-create';
export { defaultTolerationSeconds } from './default-toleration-seconds';
export { generateJobSelector } from './batch-v1';
export { withUpdatedTemplateGeneration } from './daemon-set-template-generation';
export { defaultImagePullPolicy } from './image-pull-policy';
