/**
 * What a node's kubelet needs from the cluster, declared here and handed over by `cluster` (kubelet sits
 * beside the controllers and may not reach into the cluster wiring itself).
 */
import type { ApiServer, EventRecorder, Timeline } from '../api';
import type { SeededRandom, VirtualClock } from '../clock';
import type { PodNetwork } from '../network';
import type { MountSource } from '../runtime';
import type { VolumeHost } from '../storage';
import type { ImageRegistry } from './image-registry';

/** Reading a node's own files (its static pod manifests live there). */
export interface NodeFileReader {
  /** Entry names in the directory, or undefined when it does not exist. */
  list(path: string): string[] | undefined;
  /** A file's content, or undefined when it is not a file. */
  read(path: string): string | undefined;
}

export interface KubeletDeps {
  readonly clock: VirtualClock;
  /** The kubelets' own seeded stream (jitter, container IDs), apart from the cluster's. */
  readonly random: SeededRandom;
  readonly api: ApiServer;
  readonly recorder: EventRecorder;
  readonly timeline: Timeline;
  readonly network: PodNetwork;
  readonly volumes: VolumeHost<MountSource> | undefined;
  readonly registry: ImageRegistry;
  nodeFiles(node: string): NodeFileReader | undefined;
  /** What an HTTP GET of a static pod URL returns (`--manifest-url`). */
  fetchUrl(url: string): { readonly status: number; readonly body: string };
}
