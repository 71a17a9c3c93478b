/**
 * Runs every controller: watch events become keys in one FIFO queue (de-duplicated per controller),
 * and `settle()` reconciles until the queue is empty. Actions are executed against the API server, so
 * controllers see each other's writes on their next reconcile, as with informers but without lag.
 * A settle that does not converge within its budget is a bug (two controllers fighting): it fails with
 * the hottest keys instead of hanging.
 */
import { ApiError, SimulationError, type ApiServer, type EventRecorder, type EventSource, type ObjectKey, type StoredObject, type Timeline, type WatchHandler } from '../api';
import type { ScheduledEventId, VirtualClock } from '../clock';
import type { Action, Controller, ControllerContext, StoreView, SuccessEvent, Watch, WatchKeys } from './controller';

const QUEUE_CAPACITY_KEPT = 64;
/** Keys a controller's `queued` table keeps between settles (see `queued`). */
const QUEUED_KEYS_KEPT = 64;

export class ControllerRunner {
  /**
   * The FIFO queue as two parallel lists (controller, key) rather than one object per item: every enqueue
   * of every settle would otherwise allocate one.
   */
  private readonly queueControllers: Controller[] = [];
  private readonly queueKeys: (ObjectKey | undefined)[] = [];
  private head = 0;
  /** The queue's end: the lists keep their length (and capacity) between settles, a small one at least. */
  private tail = 0;
  /**
   * Per controller, whether a key is in the queue. A key taken off the queue is marked `false` rather than
   * deleted: a Set's delete shrinks and rehashes its table once it is a quarter full, and the next settle's
   * add grows it again (≈ 0.5 KB of tables per pod, most of it for the same few owner keys settle after
   * settle). A table past `QUEUED_KEYS_KEPT` keys (the pod keys of the garbage collector and taint
   * eviction, one per pod) is emptied after the settle, when none of its keys is queued.
   */
  private readonly queued = new Map<Controller, Map<ObjectKey, boolean>>();
  /** The same tables in a list, walked after each settle without an iterator. */
  private readonly queuedTables: Map<ObjectKey, boolean>[] = [];
  /** Pending requeues per controller and key: like client-go's delaying queue, one per key, the earliest wins. */
  private readonly waiting = new Map<Controller, Map<ObjectKey, { id: ScheduledEventId; at: number }>>();
  private settling = false;
  private readonly sources = new Map<Controller, EventSource>();
  /** The reconcile context of the current instant: immutable, so the reconciles of one instant share it. */
  private context: ControllerContext | undefined = undefined;
  /** Reconciles executed since construction (for benchmarks). */
  reconciles = 0;

  constructor(
    private readonly api: ApiServer,
    private readonly clock: VirtualClock,
    private readonly recorder: EventRecorder,
    private readonly timeline: Timeline,
    private readonly budget = 1_000_000,
  ) {}

  register(controller: Controller): void {
    const queued = new Map<ObjectKey, boolean>();
    this.queued.set(controller, queued);
    this.queuedTables.push(queued);
    for (const indexer of controller.indexers ?? []) this.api.store.addIndexer(indexer);
    for (const watch of controller.watches) this.api.store.watch(watch.kind, this.watchHandler(controller, watch));
  }

  /** Runs on every write of the watched kind: no iterator, and no array for the usual one key or none. */
  private watchHandler(controller: Controller, watch: Watch): WatchHandler {
    const store: StoreView = this.api.store;
    const queued = this.queued.get(controller)!;
    return (event) => {
      const keys: WatchKeys = watch.toKeys(event, store);
      if (keys === undefined) return;
      if (typeof keys === 'string') {
        if (keys) this.enqueueIn(queued, controller, keys);
        return;
      }
      for (let i = 0; i < keys.length; i++) if (keys[i]) this.enqueueIn(queued, controller, keys[i]!);
    };
  }

  enqueue(controller: Controller, key: ObjectKey): void {
    this.enqueueIn(this.queued.get(controller)!, controller, key);
  }

  private enqueueIn(queued: Map<ObjectKey, boolean>, controller: Controller, key: ObjectKey): void {
    if (queued.get(key) === true) return;
    queued.set(key, true);
    this.queueControllers[this.tail] = controller;
    this.queueKeys[this.tail++] = key;
  }

  /** Reconciles until nothing is queued. Re-entrant calls return at once (the outer loop drains). */
  settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      let steps = 0;
      while (this.head < this.tail) {
        const controller = this.queueControllers[this.head]!;
        const key = this.queueKeys[this.head++]!;
        this.queued.get(controller)!.set(key, false);
        if (++steps > this.budget) throw this.runaway(this.head - 1);
        this.run(controller, key);
      }
    } finally {
      this.unmarkUnreached();
      this.clearQueue();
      this.head = 0;
      this.settling = false;
      this.trimQueued();
    }
  }

  /**
   * A settle that throws (a runaway, a reconcile's bug) drops the items it did not reach: their keys must not
   * stay marked as queued, or no later write could enqueue them again.
   */
  private unmarkUnreached(): void {
    for (let i = this.head; i < this.tail; i++) this.queued.get(this.queueControllers[i]!)!.set(this.queueKeys[i]!, false);
  }

  /** Empties the `queued` tables that grew past their kept size, once nothing in them is queued. */
  private trimQueued(): void {
    for (let i = 0; i < this.queuedTables.length; i++) {
      const queued = this.queuedTables[i]!;
      if (queued.size <= QUEUED_KEYS_KEPT) continue;
      let pending = false;
      for (const isQueued of queued.values()) if (isQueued) pending = true;
      if (!pending) queued.clear();
    }
  }

  /**
   * Empties the queue. Most settles queue a handful of items: their slots are cleared (no key or controller
   * kept alive) and the lists keep their capacity, where truncating would make each settle grow them anew.
   */
  private clearQueue(): void {
    if (this.tail > QUEUE_CAPACITY_KEPT || this.queueKeys.length > QUEUE_CAPACITY_KEPT) {
      this.queueControllers.length = 0;
      this.queueKeys.length = 0;
    } else {
      this.queueKeys.fill(undefined, 0, this.tail);
    }
    this.tail = 0;
  }

  private run(controller: Controller, key: ObjectKey): void {
    this.reconciles++;
    const actions = controller.reconcile(key, this.contextNow());
    // Per owner uid, the first slow-start batch that had a failed create (made on the first failure).
    let failedBatch: Map<string, number> | undefined;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      const owner = action.type === 'create' && action.batch !== undefined && action.owner ? action.owner.metadata.uid : undefined;
      const n = owner === undefined ? 0 : (action as { batch: number }).batch;
      if (owner !== undefined && (failedBatch?.get(owner) ?? Infinity) < n) continue;
      const ok = this.execute(controller, action);
      if (!ok && owner !== undefined && !failedBatch?.has(owner)) (failedBatch ??= new Map()).set(owner, n);
    }
  }

  private contextNow(): ControllerContext {
    const now = this.clock.now();
    if (this.context === undefined || this.context.now !== now) this.context = Object.freeze({ store: this.api.store, now });
    return this.context;
  }

  private execute(controller: Controller, action: Action): boolean {
    try {
      this.apply(controller, action);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.reportFailure(controller, action, error);
      return false;
    }
  }

  private apply(controller: Controller, action: Action): void {
    switch (action.type) {
      case 'create': {
        const created = this.api.create(action.object);
        this.announce(controller, action.owner, action.successEvent, created.metadata.name);
        return;
      }
      case 'update':
        this.api.update(action.object);
        return;
      case 'patchStatus':
        this.api.updateStatus(action.object);
        return;
      case 'delete': {
        const { object: o } = action;
        this.api.delete(o.kind, o.metadata.namespace, o.metadata.name, { gracePeriodSeconds: action.gracePeriodSeconds, propagationPolicy: action.propagationPolicy });
        this.announce(controller, action.owner, action.successEvent, o.metadata.name);
        return;
      }
      case 'bind':
        this.api.bind(action.pod.metadata.namespace!, action.pod.metadata.name, action.nodeName);
        return;
      case 'removeFinalizer':
        this.api.removeFinalizer(action.object, action.finalizer);
        return;
      case 'event':
        this.recorder.record(action.object, { type: action.eventType, reason: action.reason, message: action.message, source: this.sourceOf(controller) });
        return;
      case 'requeueAfter':
        this.requeueAfter(controller, action.key, action.ms);
        return;
    }
  }

  /** One frozen `source` per controller: every Event it records shares it. */
  private sourceOf(controller: Controller): EventSource {
    let source = this.sources.get(controller);
    if (!source) this.sources.set(controller, (source = Object.freeze({ component: controller.name })));
    return source;
  }

  private requeueAfter(controller: Controller, key: ObjectKey, ms: number): void {
    const waiting = this.waiting.get(controller) ?? this.waiting.set(controller, new Map()).get(controller)!;
    const at = this.clock.now() + Math.max(0, ms);
    const existing = waiting.get(key);
    if (existing && existing.at <= at) return;
    if (existing) this.clock.cancel(existing.id);
    const id = this.clock.schedule(at - this.clock.now(), `requeue ${controller.name} ${key}`, () => {
      waiting.delete(key);
      this.enqueue(controller, key);
    });
    waiting.set(key, { id, at });
  }

  private announce(controller: Controller, owner: StoredObject | undefined, event: SuccessEvent | undefined, name: string): void {
    if (!owner || !event) return;
    this.recorder.record(owner, { type: 'Normal', reason: event.reason, message: `${event.messagePrefix}${name}`, source: this.sourceOf(controller) });
  }

  /**
   * A failed write is what a real controller would see from the apiserver: creates and deletes on behalf of an
   * owner become its FailedCreate/FailedDelete events (controller_utils.go RealPodControl); a NotFound on
   * something already gone is the normal outcome of a race and is only noted.
   */
  private reportFailure(controller: Controller, action: Action, error: ApiError): void {
    const owner = action.type === 'create' || action.type === 'delete' ? action.owner : undefined;
    if (owner) {
      const [reason, verb] = action.type === 'create' ? ['FailedCreate', 'creating'] : ['FailedDelete', 'deleting'];
      this.recorder.record(owner, { type: 'Warning', reason, message: `Error ${verb}: ${error.message}`, source: this.sourceOf(controller) });
      return;
    }
    if (error.reason === 'NotFound' || error.reason === 'Conflict' || error.reason === 'AlreadyExists') {
      this.timeline.record('note', controller.name, `${action.type} skipped: ${error.message}`);
      return;
    }
    throw new SimulationError(`${controller.name}: ${action.type} failed: ${error.message}`);
  }

  /**
   * Names the loop: the keys reconciled most, and the objects written most in the last thousand writes. The
   * queue still holds every item this settle reconciled (its first `reconciled`), so they are counted here,
   * not on every step.
   */
  private runaway(reconciled: number): SimulationError {
    const counts = new Map<Controller, Map<ObjectKey, number>>();
    for (let i = 0; i < reconciled; i++) {
      const controller = this.queueControllers[i]!;
      const key = this.queueKeys[i]!;
      const perKey = counts.get(controller) ?? counts.set(controller, new Map()).get(controller)!;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    const labelled = [...counts].flatMap(([controller, perKey]) => [...perKey].map(([key, n]) => [`${controller.name} ${key}`, n] as const));
    const hottest = labelled.sort((a, b) => b[1] - a[1]).slice(0, 5);
    const writes = new Map<string, number>();
    for (const entry of this.timeline.tail(1000)) if (entry.type !== 'Event' && entry.type !== 'note') writes.set(entry.object, (writes.get(entry.object) ?? 0) + 1);
    const written = [...writes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return new SimulationError(
      `controllers did not settle within ${this.budget} reconciles (controllers fighting over an object, or one that rewrites what it reads?); ` +
        `hottest keys: ${hottest.map(([k, n]) => `${k} (${n}x)`).join(', ')}; most written objects: ${written.map(([o, n]) => `${o} (${n} writes)`).join(', ') || 'none'}`,
    );
  }
}
