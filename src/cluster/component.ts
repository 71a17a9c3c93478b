/**
 * What a subsystem needs to plug itself into a cluster: the shared kernel objects. Each subsystem
 * (scheduler, kubelets, networking, storage...) is a Component that registers controllers, admission
 * plugins and watches here, so `Cluster` only wires and never grows behaviour of its own.
 */
import type { ApiServer, EventRecorder, Timeline } from '../api';
import type { SeededRandom, VirtualClock } from '../clock';
import type { ControllerRunner } from '../controllers';
import type { ClusterOptions } from './options';

export interface ClusterContext {
  readonly options: ClusterOptions;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly api: ApiServer;
  readonly recorder: EventRecorder;
  readonly timeline: Timeline;
  readonly runner: ControllerRunner;
  /** Services other components provide to each other (e.g. cluster DNS for the container shell), by name. */
  readonly services: Map<string, unknown>;
}

export interface Component {
  readonly name: string;
  install(context: ClusterContext): void;
  /** Runs after every component is installed: create default objects here. */
  start?(context: ClusterContext): void;
  /**
   * Runs instead of `start` when the cluster resumes from a recorded bootstrap (bootstrap-recording.ts): the
   * store already holds, and watchers have seen, what `start` created, so rebuild only in-memory state that
   * was kept outside the store's watch stream (admission's allocators), as Kubernetes' repair loops do.
   */
  resume?(context: ClusterContext): void;
}
