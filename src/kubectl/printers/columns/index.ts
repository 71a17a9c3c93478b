/** Every kind's table, keyed by kind (the kinds of src/api/resources.ts). */
import * as apps from './apps-columns';
import { type ColumnSet } from './column-set';
import * as core from './core-columns';
import * as batch from './batch-columns';
import * as coordination from './coordination-columns';
import * as storage from './storage-columns';
import * as other from './other-columns';

export const COLUMN_SETS: Readonly<Record<string, ColumnSet>> = {
  Pod: core.POD_COLUMNS,
  Node: core.NODE_COLUMNS,
  Namespace: core.NAMESPACE_COLUMNS,
  Service: core.SERVICE_COLUMNS,
  Endpoints: core.ENDPOINTS_COLUMNS,
  ConfigMap: core.CONFIGMAP_COLUMNS,
  Secret: core.SECRET_COLUMNS,
  ServiceAccount: core.SERVICEACCOUNT_COLUMNS,
  ReplicationController: core.REPLICATIONCONTROLLER_COLUMNS,
  ReplicaSet: apps.REPLICASET_COLUMNS,
  Deployment: apps.DEPLOYMENT_COLUMNS,
  DaemonSet: apps.DAEMONSET_COLUMNS,
  StatefulSet: apps.STATEFULSET_COLUMNS,
  ControllerRevision: apps.CONTROLLERREVISION_COLUMNS,
  Job: batch.JOB_COLUMNS,
  CronJob: batch.CRONJOB_COLUMNS,
  PersistentVolume: storage.PERSISTENTVOLUME_COLUMNS,
  PersistentVolumeClaim: storage.PERSISTENTVOLUMECLAIM_COLUMNS,
  StorageClass: storage.STORAGECLASS_COLUMNS,
  EndpointSlice: other.ENDPOINTSLICE_COLUMNS,
  Event: other.EVENT_COLUMNS,
  Role: other.ROLE_COLUMNS,
  ClusterRole: other.ROLE_COLUMNS,
  RoleBinding: other.ROLEBINDING_COLUMNS,
  ClusterRoleBinding: other.ROLEBINDING_COLUMNS,
  Lease: coordination.LEASE_COLUMNS,
};
