/**
 * updateDaemonSetStatus (pkg/controller/daemon/daemon_controller.go), pure: per node that should run the
 * daemon, whether it has a pod, and whether that (oldest) pod is ready, available and of the current
 * revision; pods on nodes that should not run it are misscheduled.
 */
import type { StoredObject } from '../../api';
import type { DaemonSet } from '../../api/schemas';
import { isPodAvailable, isPodReady } from '../pod-readiness';
import { isPodUpdated, nodeShouldRunDaemonPod, templateGeneration } from './placement';

export function daemonSetStatus(ds: StoredObject<DaemonSet>, nodes: readonly StoredObject[], nodePods: Map<string, StoredObject[]>, hash: string, now: number): Record<string, unknown> {
  const counts = { desired: 0, current: 0, misscheduled: 0, ready: 0, available: 0, updated: 0 };
  const generation = templateGeneration(ds);
  for (const node of nodes) {
    const { shouldRun } = nodeShouldRunDaemonPod(node, ds);
    const pods = nodePods.get(node.metadata.name) ?? [];
    if (!shouldRun) {
      if (pods.length > 0) counts.misscheduled++;
      continue;
    }
    counts.desired++;
    const pod = pods[0];
    if (!pod) continue;
    counts.current++;
    if (isPodReady(pod)) counts.ready++;
    if (isPodReady(pod) && isPodAvailable(pod, ds.spec?.minReadySeconds ?? 0, now)) counts.available++;
    if (isPodUpdated(pod, hash, generation)) counts.updated++;
  }
  const status: Record<string, unknown> = {
    currentNumberScheduled: counts.current,
    numberMisscheduled: counts.misscheduled,
    desiredNumberScheduled: counts.desired,
    numberReady: counts.ready,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: counts.updated,
    numberAvailable: counts.available,
    numberUnavailable: counts.desired - counts.available,
  };
  for (const key of ['observedGeneration', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable']) if (status[key] === 0 || status[key] === undefined) delete status[key];
  if (ds.status?.collisionCount !== undefined) status.collisionCount = ds.status.collisionCount;
  return status;
}
