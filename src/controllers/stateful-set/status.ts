/**
 * computeReplicaStatus and completeRollingUpdate (pkg/controller/statefulset/stateful_set_control.go), pure:
 * counts over the set's pods, the current and update revisions, and — once every pod runs the update
 * revision and is ready — the update revision becoming the current one.
 */
import type { StoredObject } from '../../api';
import type { StatefulSet } from '../../api/schemas';
import { isPodAvailable, isPodReady, podPhase } from '../pod-readiness';
import { REVISION_LABEL } from './identity';

export function runningAndReady(pod: StoredObject): boolean {
  return podPhase(pod) === 'Running' && isPodReady(pod);
}

export function statefulSetStatus(set: StoredObject<StatefulSet>, pods: readonly StoredObject[], currentRevision: string, updateRevision: string, now: number): Record<string, unknown> {
  const counts = { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0 };
  for (const pod of pods) {
    counts.replicas++;
    if (runningAndReady(pod)) {
      counts.readyReplicas++;
      if (isPodAvailable(pod, set.spec?.minReadySeconds ?? 0, now)) counts.availableReplicas++;
    }
    if (pod.metadata.deletionTimestamp) continue;
    const revision = pod.metadata.labels?.[REVISION_LABEL];
    if (revision === currentRevision) counts.currentReplicas++;
    if (revision === updateRevision) counts.updatedReplicas++;
  }
  const status = {
    observedGeneration: set.metadata.generation,
    replicas: counts.replicas,
    readyReplicas: counts.readyReplicas,
    currentReplicas: counts.currentReplicas,
    updatedReplicas: counts.updatedReplicas,
    currentRevision,
    updateRevision,
    collisionCount: set.status?.collisionCount ?? 0,
    availableReplicas: counts.availableReplicas,
  };
  const rollingDone = set.spec?.updateStrategy?.type === 'RollingUpdate' && counts.updatedReplicas === counts.replicas && counts.readyReplicas === counts.replicas;
  if (rollingDone) Object.assign(status, { currentReplicas: counts.updatedReplicas, currentRevision: updateRevision });
  for (const key of ['readyReplicas', 'currentReplicas', 'updatedReplicas'] as const) if (status[key] === 0) delete (status as Partial<typeof status>)[key];
  return status;
}
