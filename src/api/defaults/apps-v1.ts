/**
 * Defaults of the apps/v1 kinds (pkg/apis/apps/v1/defaults.go). Templates get the PodSpec defaults, and
 * StatefulSet claim templates the PersistentVolumeClaim ones, as the generated defaulters apply them.
 * Each function mutates the copy that applyDefaults made.
 */
import type { DaemonSet, Deployment, PersistentVolumeClaim, ReplicaSet, StatefulSet } from '../schemas';
import { defaultPersistentVolumeClaim } from './core-v1';
import { defaultPodTemplateSpec } from './pod-spec';

type ClaimTemplate = NonNullable<NonNullable<StatefulSet['spec']>['volumeClaimTemplates']>[number];

export function defaultDeployment(deployment: Deployment): void {
  const spec = (deployment.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    strategy.rollingUpdate ??= {};
    strategy.rollingUpdate.maxUnavailable ??= '25%';
    strategy.rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplateSpec((spec.template ??= {}));
}

export function defaultReplicaSet(replicaSet: ReplicaSet): void {
  const spec = (replicaSet.spec ??= {});
  spec.replicas ??= 1;
  defaultPodTemplateSpec((spec.template ??= {}));
}

export function defaultDaemonSet(daemonSet: DaemonSet): void {
  const spec = (daemonSet.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    strategy.rollingUpdate ??= {};
    strategy.rollingUpdate.maxUnavailable ??= 1;
    strategy.rollingUpdate.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplateSpec((spec.template ??= {}));
}

export function defaultStatefulSet(statefulSet: StatefulSet): void {
  const spec = (statefulSet.spec ??= {});
  spec.podManagementPolicy ||= 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  // Only an unset type brings a rollingUpdate block; `type: RollingUpdate` alone leaves it nil.
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) strategy.rollingUpdate.partition ??= 0;
  // StatefulSetAutoDeletePVC is GA (on) in v1.32.
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= 'Retain';
  retention.whenScaled ||= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplateSpec((spec.template ??= {}));
  for (const claim of spec.volumeClaimTemplates ?? []) defaultClaimTemplate(claim);
}

/**
 * A claim template is a whole PersistentVolumeClaim, so it gets the PVC defaults (`status.phase: Pending`,
 * `volumeMode`), and the apiserver writes its TypeMeta and zero creationTimestamp.
 */
function defaultClaimTemplate(claim: ClaimTemplate): void {
  claim.apiVersion ||= 'v1';
  claim.kind ||= 'PersistentVolumeClaim';
  claim.metadata ??= {};
  if (!('creationTimestamp' in claim.metadata)) (claim.metadata as Record<string, unknown>).creationTimestamp = null;
  defaultPersistentVolumeClaim(claim as PersistentVolumeClaim);
}
