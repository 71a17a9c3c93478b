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
import { describeNode } from './describe-node';
import { describePod } from './describe-pod';
import { describeRole, describeRoleBinding } from './describe-rbac';
import { describeService } from './describe-service';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from './describe-storage';
import { KubectlError } from '../../errors';

export type { DescribeContext } from './describe-context';

const DESCRIBERS: Readonly<Record<string, (obj: KubeObject, ctx: DescribeContext) => string>> = {
  Pod: (o, ctx) => describePod(o, ctx.events, ctx.now),
  Node: describeNode,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
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

export function canDescribe(kind: string): boolean {
  return DESCRIBERS[kind] !== undefined;
}

/** The description of one object; kubectl separates several with a blank line. */
export function describe(obj: KubeObject, ctx: DescribeContext): string {
  const describer = DESCRIBERS[obj.kind];
  // kubectl would fall back to its generic describer; until the kind has one here, say so as kubectl errors do.
  if (!describer) throw new KubectlError(`error: no description has been implemented for ${obj.kind}`);
  return describer(obj, ctx);
}
