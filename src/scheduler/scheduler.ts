/**
 * kube-scheduler (`pkg/scheduler/scheduler.go`, `schedule_one.go`): a controller over unassigned pods. Its
 * cache and queue follow the store's watch events; `reconcile` makes one scheduling attempt and returns the
 * actions kube-scheduler would take: bind and a `Scheduled` event, or a `FailedScheduling` event and the
 * PodScheduled=False condition. A pod whose claims still need binding first goes through a binding cycle:
 * the PV/PVC writes of VolumeBinding's PreBind, then, once the controllers have bound every claim, the
 * bind (`volume-binding-cycle.ts`); the pod stays assumed on its node meanwhile. The actions are structurally the controllers' Action type (the scheduler,
 * a sibling of the controllers, does not import them); `cluster` registers it with the shared runner.
 */
import type { KubeObject, ObjectKey, ObjectStore, StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { SeededRandom, toRFC3339, type VirtualClock } from '../clock';
import type { VolumeListers } from '../storage';
import { volumeBindingWrites, type PodVolumes } from '../storage';
import {
  handleClaimEvent, handleNodeEvent, handlePodEvent, handleStorageClassEvent, handleVolumeEvent, isPendingForUs, podKey, QueueingHints, DEFAULT_SCHEDULER_NAME,
} from './event-handlers';
import { fitErrorMessage, preemptionMessage } from './fit-error';
import type { SchedulingEnv } from './framework';
import { SchedulerCache } from './scheduler-cache';
import { SchedulingAlgorithm, type ScheduleResult } from './scheduling-algorithm';
import { SchedulingQueue } from './scheduling-queue';
import { VolumeBindingCycles } from './volume-binding-cycle';

type BindingCycle = NonNullable<ReturnType<VolumeBindingCycles['get']>>;

export type SchedulerAction =
  | { readonly type: 'bind'; readonly pod: StoredObject; readonly nodeName: string }
  | { readonly type: 'update'; readonly object: KubeObject }
  | { readonly type: 'patchStatus'; readonly object: KubeObject }
  | { readonly type: 'event'; readonly object: KubeObject; readonly eventType: 'Normal' | 'Warning'; readonly reason: string; readonly message: string };

/** What the scheduler needs from the controller runner. */
export interface SchedulerRunner {
  register(controller: SchedulerController): void;
  enqueue(controller: SchedulerController, key: ObjectKey): void;
}

export interface SchedulerController {
  readonly name: string;
  readonly watches: readonly never[];
  reconcile(key: ObjectKey, context: { readonly store: Pick<ObjectStore, 'getByKey'>; readonly now: number }): readonly SchedulerAction[];
}

/** `When the scheduler stops` / `starts`: while stopped, pods wait unscheduled. */
export interface SchedulerControl {
  readonly running: boolean;
  stop(): void;
  start(): void;
}

export interface SchedulerDeps {
  readonly store: ObjectStore;
  readonly clock: VirtualClock;
  readonly runner: SchedulerRunner;
  readonly seed: number;
  /** Claims, volumes and classes, as the cluster wires them (`storeVolumeListers`). */
  readonly volumes: VolumeListers;
}

export class Scheduler implements SchedulerController, SchedulerControl {
  readonly name = DEFAULT_SCHEDULER_NAME;
  readonly watches: readonly never[] = [];
  private readonly cache = new SchedulerCache();
  private readonly env: SchedulingEnv;
  private readonly hints: QueueingHints;
  private readonly cycles: VolumeBindingCycles;
  private queue: SchedulingQueue;
  private algorithm: SchedulingAlgorithm;
  private isRunning = true;

  constructor(private readonly deps: SchedulerDeps) {
    const store = deps.store;
    this.env = { cache: this.cache, namespaceLabels: (ns) => store.get('Namespace', undefined, ns)?.metadata.labels, volumes: deps.volumes };
    this.hints = new QueueingHints(this.env, (key) => store.getByKey(key) as StoredObject<Pod> | undefined);
    this.queue = this.newQueue();
    this.algorithm = this.newAlgorithm();
    this.cycles = new VolumeBindingCycles(deps.clock, deps.volumes, (name) => this.cache.nodeInfo(name), (key) => deps.runner.enqueue(this, key));
    deps.runner.register(this);
    store.watch('Node', (e) => {
      this.cache.onNodeEvent(e);
      if (this.isRunning) handleNodeEvent(e, this.queue, this.hints);
    });
    store.watch('Pod', (e) => {
      this.cache.onPodEvent(e);
      if (e.type === 'DELETED') this.cycles.finish(podKey(e.object));
      if (this.isRunning) handlePodEvent(e, this.queue, this.hints);
    });
    this.watchStorage(store);
  }

  /** The volume plugins' events, and the polls of the binding cycles waiting for claims to bind. */
  private watchStorage(store: ObjectStore): void {
    store.watch('PersistentVolumeClaim', (e) => {
      if (!this.isRunning) return;
      this.cycles.storageChanged();
      handleClaimEvent(e, this.queue, this.hints);
    });
    store.watch('PersistentVolume', (e) => {
      if (!this.isRunning) return;
      this.cycles.storageChanged();
      handleVolumeEvent(e, this.queue);
    });
    store.watch('StorageClass', (e) => {
      if (this.isRunning) handleStorageClassEvent(e, this.queue);
    });
  }

  get running(): boolean {
    return this.isRunning;
  }

  stop(): void {
    this.isRunning = false;
    this.queue.clear();
    for (const pod of this.cycles.clear()) this.cache.forgetPod(pod);
  }

  /** A fresh kube-scheduler process: an empty queue that lists every pending pod, oldest first. */
  start(): void {
    if (this.isRunning) return;
    this.isRunning = true;
    this.queue = this.newQueue();
    this.algorithm = this.newAlgorithm();
    const pending = (this.deps.store.list('Pod') as StoredObject<Pod>[]).filter(isPendingForUs);
    pending.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : 0));
    for (const pod of pending) this.queue.add(podKey(pod));
  }

  reconcile(key: ObjectKey, { store, now }: Parameters<SchedulerController['reconcile']>[1]): readonly SchedulerAction[] {
    if (!this.isRunning) return [];
    const pod = store.getByKey(key) as StoredObject<Pod> | undefined;
    const cycle = this.cycles.get(key);
    if (cycle) return this.finishBinding(key, pod, cycle, now);
    if (!pod || !isPendingForUs(pod)) {
      this.queue.forget(key);
      return [];
    }
    const result = this.algorithm.schedule(pod);
    if (result.kind === 'scheduled') {
      if (result.podVolumes) return this.startBinding(key, pod, result.nodeName, result.podVolumes);
      this.queue.forget(key);
      // schedule_one.go assume: the pod counts on its node from the end of its scheduling cycle; the bind's
      // watch event confirms it (cache.go AddPod of an assumed pod).
      this.cache.assumePod(pod, result.nodeName);
      return bindActions(pod, result.nodeName);
    }
    this.queue.failed(key, result.kind === 'unschedulable' ? result.rejectors : undefined);
    return failureActions(pod, result, now);
  }

  /** Reserve (assume the pod, AssumePodVolumes) and PreBind's writes; the pod stays in flight until they bind. */
  private startBinding(key: ObjectKey, pod: StoredObject<Pod>, nodeName: string, podVolumes: PodVolumes): SchedulerAction[] {
    this.cache.assumePod(pod, nodeName);
    this.cycles.start(key, pod, nodeName, podVolumes);
    return volumeBindingWrites(podVolumes, nodeName).map((object) => ({ type: 'update', object }));
  }

  /** The end of a binding cycle: bind, or handleBindingCycleError (forget the pod, retry after back-off). */
  private finishBinding(key: ObjectKey, pod: StoredObject<Pod> | undefined, cycle: BindingCycle, now: number): readonly SchedulerAction[] {
    const { verdict } = cycle;
    if (verdict === 'waiting') return [];
    this.cycles.finish(key);
    const pending = pod !== undefined && isPendingForUs(pod);
    if (verdict === 'bound' && pending) {
      this.queue.forget(key);
      return bindActions(pod, cycle.nodeName);
    }
    this.cache.forgetPod(cycle.pod);
    this.queue.moveIf((k, rejectors) => this.hints.assignedPodDeleted(k, rejectors, cycle.pod));
    if (verdict === 'bound' || !pending) {
      this.queue.forget(key);
      return [];
    }
    this.queue.failed(key, undefined);
    const message = `running PreBind plugin "VolumeBinding": binding volumes: ${verdict.error}`;
    return failureActions(pod, { kind: 'error', message }, now);
  }

  private newQueue(): SchedulingQueue {
    return new SchedulingQueue(this.deps.clock, (key) => this.deps.runner.enqueue(this, key), this.deps.clock.now());
  }

  private newAlgorithm(): SchedulingAlgorithm {
    // A generator of its own, so scheduling choices never shift the names and UIDs the cluster draws.
    return new SchedulingAlgorithm(this.env, new SeededRandom(this.deps.seed ^ 0x5eed5c4e));
  }
}

function bindActions(pod: StoredObject<Pod>, nodeName: string): SchedulerAction[] {
  const message = `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${nodeName}`;
  return [{ type: 'bind', pod, nodeName }, { type: 'event', object: pod, eventType: 'Normal', reason: 'Scheduled', message }];
}

/** handleSchedulingFailure: the Warning event every attempt, and the condition when it changed. */
function failureActions(pod: StoredObject<Pod>, result: Exclude<ScheduleResult, { kind: 'scheduled' }>, now: number): SchedulerAction[] {
  const message = result.kind === 'error' ? result.message : fitErrorMessage(result.diagnosis, preemptionMessage(pod, result.diagnosis, result.nodeNames));
  const reason = result.kind === 'error' ? 'SchedulerError' : 'Unschedulable';
  const actions: SchedulerAction[] = [{ type: 'event', object: pod, eventType: 'Warning', reason: 'FailedScheduling', message }];
  const conditions = pod.status?.conditions ?? [];
  const current = conditions.find((c) => c.type === 'PodScheduled');
  if (current?.status === 'False' && current.reason === reason && current.message === message) return actions;
  // The scheduler writes `lastProbeTime: null`, as the Go struct's nil time serialises.
  const condition = {
    type: 'PodScheduled',
    status: 'False',
    lastProbeTime: null,
    lastTransitionTime: current?.status === 'False' ? current.lastTransitionTime : toRFC3339(now),
    reason,
    message,
  };
  const status = { ...pod.status, conditions: [...conditions.filter((c) => c.type !== 'PodScheduled'), condition] };
  actions.push({ type: 'patchStatus', object: { ...pod, status } });
  return actions;
}
