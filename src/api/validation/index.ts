/**
 * Apiserver validation: the per-kind `Validate` / `ValidateUpdate` of pkg/apis/<group>/validation and
 * pkg/registry/<group>/<kind>/strategy.go (v1.32), run on decoded, defaulted objects. Each function
 * returns the field errors in the order Go appends them, deduplicated as field.ErrorList.ToAggregate()
 * does; the api-server wraps them as `The <Kind> "<name>" is invalid: ...`.
 */
import type { FieldError } from '../api-error';
import type { KubeObject } from '../object';
import type * as api from '../schemas';
import { validateConfigMap, validateConfigMapUpdate } from './config-map';
import { validateCronJobCreate, validateCronJobUpdate } from './cron-job';
import { validateDaemonSetCreate, validateDaemonSetUpdate } from './daemon-set';
import { validateDeploymentCreate, validateDeploymentUpdate } from './deployment';
import { validateEndpoints, validateEndpointsUpdate } from './endpoints';
import { validateJobCreate, validateJobUpdate } from './job';
import { validateNamespace, validateNamespaceUpdate } from './namespace';
import { validateNode, validateNodeUpdate } from './node';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { validatePersistentVolume, validatePersistentVolumeUpdate } from './persistent-volume';
import { validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate } from './persistent-volume-claim';
import { validatePodCreate } from './pod';
import { validatePodUpdate } from './pod-update';
import { validateBindingUpdate, validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding, validateRoleUpdate } from './rbac';
import { validateReplicaSetCreate, validateReplicaSetUpdate } from './replica-set';
import { validateReplicationControllerCreate, validateReplicationControllerUpdate } from './replication-controller';
import { validateSecret, validateSecretUpdate } from './secret';
import { validateServiceCreate, validateServiceUpdate } from './service';
import { validateServiceAccount, validateServiceAccountUpdate } from './service-account';
import { validateStatefulSetCreate, validateStatefulSetUpdate } from './stateful-set';
import { validateStorageClass, validateStorageClassUpdate } from './storage-class';

interface KindValidation {
  create: (obj: KubeObject) => FieldError[];
  update: (obj: KubeObject, old: KubeObject) => FieldError[];
}

/** Narrows the generic envelope to the generated type of one kind; the decoder guaranteed the shape. */
function kind<T extends KubeObject>(create: (obj: T) => FieldError[], update: (obj: T, old: T) => FieldError[]): KindValidation {
  return { create: (obj) => create(obj as T), update: (obj, old) => update(obj as T, old as T) };
}

/** Kinds kubespec stores but does not validate beyond metadata (Event, EndpointSlice, ControllerRevision). */
function metadataOnly(namespaced: boolean): KindValidation {
  return {
    create: (obj) => validateObjectMeta(obj.metadata, namespaced, nameIsDNSSubdomain),
    update: (obj, old) => validateObjectMetaUpdate(obj.metadata, old.metadata),
  };
}

const VALIDATORS: Readonly<Record<string, KindValidation>> = {
  Pod: kind<api.Pod>(validatePodCreate, validatePodUpdate),
  ReplicationController: kind<api.ReplicationController>(validateReplicationControllerCreate, validateReplicationControllerUpdate),
  ReplicaSet: kind<api.ReplicaSet>(validateReplicaSetCreate, validateReplicaSetUpdate),
  Deployment: kind<api.Deployment>(validateDeploymentCreate, validateDeploymentUpdate),
  DaemonSet: kind<api.DaemonSet>(validateDaemonSetCreate, validateDaemonSetUpdate),
  StatefulSet: kind<api.StatefulSet>(validateStatefulSetCreate, validateStatefulSetUpdate),
  Job: kind<api.Job>(validateJobCreate, validateJobUpdate),
  CronJob: kind<api.CronJob>(validateCronJobCreate, validateCronJobUpdate),
  Service: kind<api.Service>(validateServiceCreate, validateServiceUpdate),
  Endpoints: kind<api.Endpoints>(validateEndpoints, validateEndpointsUpdate),
  ConfigMap: kind<api.ConfigMap>(validateConfigMap, validateConfigMapUpdate),
  Secret: kind<api.Secret>(validateSecret, validateSecretUpdate),
  ServiceAccount: kind<api.ServiceAccount>(validateServiceAccount, validateServiceAccountUpdate),
  Namespace: kind<api.Namespace>(validateNamespace, validateNamespaceUpdate),
  Node: kind<api.Node>(validateNode, validateNodeUpdate),
  PersistentVolume: kind<api.PersistentVolume>(validatePersistentVolume, validatePersistentVolumeUpdate),
  PersistentVolumeClaim: kind<api.PersistentVolumeClaim>(validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate),
  StorageClass: kind<api.StorageClass>(validateStorageClass, validateStorageClassUpdate),
  Role: kind<api.Role>(validateRole, validateRoleUpdate),
  ClusterRole: kind<api.ClusterRole>(validateClusterRole, validateRoleUpdate),
  RoleBinding: kind<api.RoleBinding>(validateRoleBinding, validateBindingUpdate),
  ClusterRoleBinding: kind<api.ClusterRoleBinding>(validateClusterRoleBinding, validateBindingUpdate),
  Event: metadataOnly(true),
  EndpointSlice: metadataOnly(true),
  ControllerRevision: metadataOnly(true),
  Lease: metadataOnly(true),
};

/** field.ErrorList.ToAggregate(): identical messages are reported once, first occurrence kept. */
function dedupe(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const message = `${e.field}: ${e.detail}`;
    if (seen.has(message)) return false;
    seen.add(message);
    return true;
  });
}

/** The strategy's Validate for a new object. Kinds outside the table validate clean. */
export function validateCreate(obj: KubeObject): FieldError[] {
  return dedupe(VALIDATORS[obj.kind]?.create(obj) ?? []);
}

/** The strategy's ValidateUpdate for a replacement of `old`. */
export function validateUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  return dedupe(VALIDATORS[obj.kind]?.update(obj, old) ?? []);
}

export { parseQuantity, isValidQuantity, compareQuantities, canonicalQuantity } from './quantity';
export { cronScheduleError } from './cron-schedule';
export { NODE_PORT_RANGE, validateNodePortRange } from './service';
