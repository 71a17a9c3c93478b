/**
 * Everything one pod's sync, container starts and kills need: the node's collaborators plus this pod's
 * runtime state. The node agent builds one per pod worker; tests can build one around a scripted runtime.
 */
import type { ApiServer, EventRecorder, StoredObject, Timeline } from '../../api';
import type { Node } from '../../api/schemas';
import type { VirtualClock } from '../../clock';
import type { PodNetwork } from '../../network';
import type { MountSource, NetworkStack } from '../../runtime';
import type { VolumeHost } from '../../storage';
import type { BackOff } from '../back-off';
import type { ContainerExitListener, ContainerRuntime } from '../container-runtime';
import type { ImageManager } from '../image-pull';
import type { KubeletEvents } from '../kubelet-events';
import type { ContainerInstance, PodState } from '../pod-state';
import type { ProberManager } from '../probes/prober-manager';
import type { ProbeTarget } from '../probes/probe-target';

export interface NodeServices {
  readonly nodeName: string;
  readonly clock: VirtualClock;
  /** `clock.now` as one function per kubelet, for the filesystems of its containers (not a closure per container). */
  readonly now: () => number;
  readonly api: ApiServer;
  readonly runtime: ContainerRuntime;
  readonly events: KubeletEvents;
  /** For events other components record through the kubelet's hands (attachdetach-controller). */
  readonly recorder: EventRecorder;
  readonly timeline: Timeline;
  readonly images: ImageManager;
  readonly crashBackOff: BackOff;
  readonly network: PodNetwork;
  readonly volumes: VolumeHost<MountSource> | undefined;
  readonly prober: ProberManager;
  /** The node's InternalIP. */
  hostIP(): string;
  /** The stored Node object (looked up by a key built once per kubelet). */
  nodeObject(): StoredObject<Node> | undefined;
  nodeAllocatable(): Readonly<Record<string, string>>;
}

/** The context is its containers' exit listener (`processExited`: start-container.ts `containerProcessExited`). */
export interface PodContext extends ContainerExitListener {
  readonly node: NodeServices;
  readonly state: PodState;
  /** Something the API shows changed: write the pod status (the status manager). */
  statusChanged(): void;
  /** A container started (the PLEG will notice). */
  containerStarted(): void;
  /** A container's main process ended (the PLEG noticed). */
  containerExited(instance: ContainerInstance): void;
  probeTarget(instance: ContainerInstance): ProbeTarget;
  /** The pod's network as its processes, probes and hooks see it: one per pod, made on first use. */
  networkStack(): NetworkStack;
}
