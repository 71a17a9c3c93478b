/**
 * What the kubelet gets back for a pod's volumes, and the extension point for volume types this folder
 * does not set up itself (ConfigMap, Secret, downward API and projected volumes register a plugin).
 */
import type { StoredObject } from '../../api';
import type { Pod, Volume } from '../../api/schemas';

export interface PodVolume<Mount> {
  /** The pod's name for the volume (`spec.volumes[].name`). */
  readonly name: string;
  /** The whole volume is mounted read-only (`persistentVolumeClaim.readOnly`, a read-only source): writes fail with EROFS. */
  readonly readOnly: boolean;
  /** What to bind at a container's mountPath: the volume root, or a `subPath` inside it (created when missing). */
  mountSource(subPath?: string): Mount;
}

/** An Event the caller records on the pod, attributed to `component` (`kubelet` or `attachdetach-controller`). */
export interface VolumeEvent {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly component: 'kubelet' | 'attachdetach-controller';
}

/** Why one volume is not ready, in the kubelet's three buckets (volume_manager.go WaitForAttachAndMount). */
export interface VolumeProblem {
  readonly bucket: 'unmounted' | 'unattached' | 'failedToProcess';
  readonly event?: VolumeEvent;
  /** A problem the kubelet only logs. */
  readonly error?: string;
}

export interface VolumePlugin<Mount> {
  readonly name: string;
  canSupport(volume: Volume): boolean;
  setUp(pod: StoredObject<Pod>, volume: Volume, nodeName: string): PodVolume<Mount> | VolumeProblem;
  /** Frees what `setUp` allocated for the pod, if anything. */
  tearDown?(pod: StoredObject<Pod>): void;
}

export function isProblem<Mount>(result: PodVolume<Mount> | VolumeProblem): result is VolumeProblem {
  return 'bucket' in result;
}
