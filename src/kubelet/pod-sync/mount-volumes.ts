/**
 * The volume manager's part of a pod sync (`pkg/kubelet/volumemanager` WaitForAttachAndMount): every
 * volume must be set up before the sandbox and containers; a volume that cannot be keeps the pod in
 * ContainerCreating with `FailedMount` (and `FailedAttachVolume`) events, retried with the reconciler's
 * back-off (500ms doubling to 2m2s), and after 2 minutes the kubelet's summary `FailedMount`.
 * Without a volume host (a cluster built without storage) only emptyDir-like scratch space exists.
 */
import type { StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { MountSource } from '../../runtime';
import { mountTimeoutMessage, POD_ATTACH_AND_MOUNT_TIMEOUT_MS, type PodVolume } from '../../storage';
import type { PodContext } from './pod-context';
import { prepareVolumeOwnership } from './volume-ownership';

const MAX_VOLUME_RETRY_MS = 122_000;

export type MountResult = { readonly ready: true; readonly volumes: ReadonlyMap<string, PodVolume<MountSource>> } | { readonly ready: false; readonly retryMs: number };

export function mountVolumes(context: PodContext, pod: Pod): MountResult {
  const { node, state } = context;
  if (!node.volumes || (pod.spec?.volumes ?? []).length === 0) return NO_VOLUMES;
  const setUp = node.volumes.setUpPodVolumes(pod as StoredObject<Pod>, node.nodeName);
  const now = node.clock.now();
  if (setUp.status === 'ready') {
    state.volumesWaitingSince = undefined;
    state.volumeRetryMs = 500;
    prepareVolumeOwnership(pod, setUp.volumes);
    return { ready: true, volumes: setUp.volumes };
  }
  state.volumesWaitingSince ??= now;
  for (const event of setUp.events) {
    if (event.component === 'kubelet') node.events.pod(pod, event.type, event.reason, event.message);
    else recordAs(context, pod, event.component, event.type, event.reason, event.message);
  }
  if (now - state.volumesWaitingSince >= POD_ATTACH_AND_MOUNT_TIMEOUT_MS) {
    node.events.pod(pod, 'Warning', 'FailedMount', mountTimeoutMessage(setUp));
    state.volumesWaitingSince = now;
  }
  const retryMs = state.volumeRetryMs;
  state.volumeRetryMs = Math.min(retryMs * 2, MAX_VOLUME_RETRY_MS);
  return { ready: false, retryMs };
}

/** A pod without volumes: one shared (empty, never written) result. */
const NO_VOLUMES: MountResult = Object.freeze({ ready: true, volumes: new Map<string, PodVolume<MountSource>>() });

function recordAs(context: PodContext, pod: Pod, component: string, type: 'Normal' | 'Warning', reason: string, message: string): void {
  context.node.recorder.record(pod as StoredObject, { type, reason, message, source: { component } });
}
