/**
 * kube-scheduler (`pkg/scheduler/scheduler.go`, `schedule_one.go`): a controller over unassigned pods. Its
 * cache and queue follow the store's watch events; `reconcile` makes one scheduling attempt and returns the
 * actions kube-scheduler would take: bind and a `Scheduled` event, or a `FailedScheduling` event and the
 * PodScheduled=False condition. The actions are structurally the controllers' Action type (the scheduler,
 * a sibling of the controllers, does not import them); `cluster` registers it with the shared runner.
 */
import type { KubeObject, ObjectKey, ObjectStore, StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { SeededRandom, toRFC3339, type VirtualClock } from '../clock';
import { handleNodeEvent, handlePodEvent, isPendingForUs, podKey, QueueingHints, DEFAULT_SCHEDULER_NAME } from './event-handlers';
import { fitErrorMessage, preemptionMessage } from './fit-error';
import type { SchedulingEnv } from './framework';
import { SchedulerCache } from './scheduler-cache';
import { SchedulingAlgorithm, type ScheduleResult } from './scheduling-algorithm';
import { SchedulingQueue } from './scheduling-queue';

export type SchedulerAction =
  | { readonly type: 'bind'; readonly pod: StoredObject; readonly nodeName: string }
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
}

export class Scheduler implements SchedulerController, SchedulerControl {
  readonly name = DEFAULT_SCHEDULER_NAME;
  readonly watches: readonly never[] = [];
  private readonly cache = new SchedulerCache();
  private readonly env: SchedulingEnv;
  private readonly hints: QueueingHints;
  private queue: SchedulingQueue;
  private algorithm: SchedulingAlgorithm;
  private isRunning = true;

  constructor(private readonly deps: SchedulerDeps) {
    const store = deps.store;
    this.env = { cache: this.cache, namespaceLabels: (ns) => store.get('Namespace', undefined, ns)?.metadata.labels };
    this.hints = new QueueingHints(this.env, (key) => store.getByKey(key) as StoredObject<Pod> | undefined);
    this.queue = this.newQueue();
    this.algorithm = this.newAlgorithm();
    deps.runner.register(this);
    store.watch('Node', (e) => {
      this.cache.onNodeEvent(e);
      if (this.isRunning) handleNodeEvent(e, this.queue, this.hints);
    });
    store.watch('Pod', (e) => {
      this.cache.onPodEvent(e);
      if (this.isRunning) handlePodEvent(e, this.queue, this.hints);
    });
  }

  get running(): boolean {
    return this.isRunning;
  }

  stop(): void {
    this.isRunning = false;
    this.queue.clear();
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
    if (!pod || !isPendingForUs(pod)) {
      this.queue.forget(key);
      return [];
    }
    const result = this.algorithm.schedule(pod);
    if (result.kind === 'scheduled') {
      this.queue.forget(key);
      const message = `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${result.nodeName}`;
      return [{ type: 'bind', pod, nodeName: result.nodeName }, { type: 'event', object: pod, eventType: 'Normal', reason: 'Scheduled', message }];
    }
    this.queue.failed(key, result.kind === 'unschedulable' ? result.rejectors : undefined);
    return failureActions(pod, result, now);
  }

  private newQueue(): SchedulingQueue {
    return new SchedulingQueue(this.deps.clock, (key) => this.deps.runner.enqueue(this, key), this.deps.clock.now());
  }

  private newAlgorithm(): SchedulingAlgorithm {
    // A generator of its own, so scheduling choices never shift the names and UIDs the cluster draws.
    return new SchedulingAlgorithm(this.env, new SeededRandom(this.deps.seed ^ 0x5eed5c4e));
  }
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
