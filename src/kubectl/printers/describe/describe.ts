/**
 * `kubectl describe` for the kinds kubespec serves (k8s.io/kubectl/pkg/describe/describe.go, v1.32).
 * The caller passes the object's events and a way to list related objects; the result is the full text.
 */
import { type KubeObject } from '../../../api/object';
import { describeDaemonSet, describeStatefulSet } from './describe-apps';
import { describeCronJob, describeJob } from './describe-batch';
import { describeConfigMap, describeNamespace, describeSecret, describeServiceAccount } from './describe-config';
import { type DescribeContext } from './describe-context';
import { describeDeployment, describeReplicaSet } from './describe-deployment';
import { describeEndpointSlice, describeEndpoints } from './describe-endpoints';
import { describeGeneric } from './describe-generic';
import { describeNode } from './describe-node';
import { describePod } from './describe-pod';
import { describeRole, describeRoleBinding } from './describe-rbac';
import { describeReplicationController } from './describe-replication-controller';
import { describeService } from './describe-service';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './describe-storage';

export type { DescribeContext } from './describe-context';

const DESCRIBERS: Readonly<Record<string, (obj: KubeObject, ctx: DescribeContext) => string>> = {
  Pod: (o, ctx) => describePod(o, ctx.events, ctx.now),
  Node: describeNode,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  ReplicationController: describeReplicationController,
  Endpoints: describeEndpoints,
  EndpointSlice: describeEndpointSlice,
  Service: describeService,
  PersistentVolume: describePersistentVolume,
  PersistentVolumeClaim: describePersistentVolumeClaim,
  StorageClass: describeStorageClass,
  ConfigMap: describeConfigMap,
  Secret: (o) => describeSecret(o),
  Namespace: (o) => describeNamespace(o),
  ServiceAccount: describeServiceAccount,
  Job: describeJob,
  CronJob: describeCronJob,
  DaemonSet: describeDaemonSet,
  StatefulSet: describeStatefulSet,
  Role: (o) => describeRole(o),
  ClusterRole: (o) => describeRole(o),
  RoleBinding: (o) => describeRoleBinding(o),
  ClusterRoleBinding: (o) => describeRoleBinding(o),
};

/** Whether the kind has a describer of its own (the others get the generic one). */
export function canDescribe(kind: string): boolean {
  return DESCRIBERS[kind] !== undefined;
}

/**
 * The description of one object; kubectl separates several with a blank line. Kinds without a describer of
 * their own (Event, ControllerRevision, Lease, …) get `GenericDescriberFor`'s, as kubectl's `Describer` does.
 */
export function describe(obj: KubeObject, ctx: DescribeContext): string {
  return (DESCRIBERS[obj.kind] ?? describeGeneric)(obj, ctx);
}
