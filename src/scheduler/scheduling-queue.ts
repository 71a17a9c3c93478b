/**
 * The scheduling queue (`pkg/scheduler/backend/queue/scheduling_queue.go`), as state plus clock events:
 * a pod that failed waits in `unschedulable` until a cluster event that may help it (the QueueingHint of a
 * plugin that rejected it says so) or until the leftover flush, which every 30s moves pods unschedulable
 * for more than 5 minutes; a moved pod then waits out its back-off (1s doubling to 10s per attempt) before
 * it becomes active again. Activating a pod means handing its key to the runner. Each deadline is one
 * clock event; nothing polls.
 */
import type { ObjectKey } from '../api';
import type { ScheduledEventId, VirtualClock } from '../clock';

const POD_INITIAL_BACKOFF_MS = 1_000;
const POD_MAX_BACKOFF_MS = 10_000;
const POD_MAX_IN_UNSCHEDULABLE_PODS_MS = 5 * 60_000;
const FLUSH_UNSCHEDULABLE_PERIOD_MS = 30_000;
/** No plugin rejected the pod (yet): one shared, never-written set rather than a new one per queued pod. */
const NO_REJECTORS: ReadonlySet<string> = new Set();

interface QueuedPod {
  attempts: number;
  /** When the pod last failed (QueuedPodInfo.Timestamp). */
  lastFailure: number;
  state: 'active' | 'backoff' | 'unschedulable';
  /** Plugins that rejected it last time; their hints decide which events move it. */
  rejectors: ReadonlySet<string>;
  timer?: ScheduledEventId;
}

export class SchedulingQueue {
  private readonly pods = new Map<ObjectKey, QueuedPod>();
  /** The pods in `unschedulable`, so cluster events never walk the (possibly huge) active backlog. */
  private readonly unschedulable = new Map<ObjectKey, QueuedPod>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly activate: (key: ObjectKey) => void,
    /** When the queue started: the flush loop ticks every 30s from here. */
    private readonly startedAt: number,
  ) {}

  /** A new (or updated) pending pod: active at once, unless it is waiting out a back-off. */
  add(key: ObjectKey): void {
    const queued = this.pods.get(key);
    if (!queued) {
      this.pods.set(key, { attempts: 0, lastFailure: 0, state: 'active', rejectors: NO_REJECTORS });
      this.activate(key);
    } else if (queued.state === 'unschedulable') this.moveToActiveOrBackoff(key, queued);
  }

  /** After a failed attempt. `unschedulable` pods wait for an event; errors only back off. */
  failed(key: ObjectKey, rejectors: ReadonlySet<string> | undefined): void {
    const queued = this.pods.get(key) ?? { attempts: 0, lastFailure: 0, state: 'active' as const, rejectors: NO_REJECTORS };
    this.clock.cancel(queued.timer);
    Object.assign(queued, { attempts: queued.attempts + 1, lastFailure: this.clock.now(), rejectors: rejectors ?? NO_REJECTORS });
    this.pods.set(key, queued);
    if (!rejectors) return this.moveToActiveOrBackoff(key, queued);
    queued.state = 'unschedulable';
    this.unschedulable.set(key, queued);
    queued.timer = this.clock.scheduleAt(this.flushInstant(queued.lastFailure), `scheduler flush ${key}`, () => this.moveToActiveOrBackoff(key, queued));
  }

  /** A cluster event: move the unschedulable pods for which `mayHelp` says yes (moveAllToActiveOrBackoffQueue). */
  moveIf(mayHelp: (key: ObjectKey, rejectors: ReadonlySet<string>) => boolean): void {
    if (this.unschedulable.size === 0) return;
    for (const [key, queued] of this.unschedulable) {
      if (mayHelp(key, queued.rejectors)) this.moveToActiveOrBackoff(key, queued);
    }
  }

  /** The pod was bound, deleted or handed to another scheduler. */
  forget(key: ObjectKey): void {
    const queued = this.pods.get(key);
    if (!queued) return;
    this.clock.cancel(queued.timer);
    this.pods.delete(key);
    this.unschedulable.delete(key);
  }

  clear(): void {
    for (const key of [...this.pods.keys()]) this.forget(key);
  }

  get size(): number {
    return this.pods.size;
  }

  private moveToActiveOrBackoff(key: ObjectKey, queued: QueuedPod): void {
    this.unschedulable.delete(key);
    this.clock.cancel(queued.timer);
    queued.timer = undefined;
    const expiry = queued.lastFailure + backoffDuration(queued.attempts);
    if (expiry <= this.clock.now()) {
      queued.state = 'active';
      this.activate(key);
      return;
    }
    queued.state = 'backoff';
    queued.timer = this.clock.scheduleAt(expiry, `scheduler backoff ${key}`, () => {
      queued.timer = undefined;
      queued.state = 'active';
      this.activate(key);
    });
  }

  /** The first 30s flush tick at which the pod has been unschedulable for more than 5 minutes. */
  private flushInstant(since: number): number {
    const ticks = Math.floor((since + POD_MAX_IN_UNSCHEDULABLE_PODS_MS - this.startedAt) / FLUSH_UNSCHEDULABLE_PERIOD_MS) + 1;
    return this.startedAt + ticks * FLUSH_UNSCHEDULABLE_PERIOD_MS;
  }
}

/** calculateBackoffDuration: 1s for the first failure, doubling per attempt, capped at 10s (1, 2, 4, 8, 10, 10…). */
export function backoffDuration(attempts: number): number {
  let duration = POD_INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    duration *= 2;
    if (duration > POD_MAX_BACKOFF_MS) return POD_MAX_BACKOFF_MS;
  }
  return duration;
}
