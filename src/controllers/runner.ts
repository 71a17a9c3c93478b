/**
 * Runs every controller: watch events become keys in one FIFO queue (de-duplicated per controller),
 * and `settle()` reconciles until the queue is empty. Actions are executed against the API server, so
 * controllers see each other's writes on their next reconcile, as with informers but without lag.
 * A settle that does not converge within its budget is a bug (two controllers fighting): it fails with
 * the hottest keys instead of hanging.
 */
import { ApiError, SimulationError, type ApiServer, type EventRecorder, type EventSource, type ObjectKey, type StoredObject, type Timeline } from '../api';
import type { ScheduledEventId, VirtualClock } from '../clock';
import type { Action, Controller, SuccessEvent } from './controller';

interface QueueItem {
  controller: Controller;
  key: ObjectKey;
}

export class ControllerRunner {
  private readonly queue: QueueItem[] = [];
  private head = 0;
  private readonly queued = new Map<Controller, Set<ObjectKey>>();
  /** Pending requeues per controller and key: like client-go's delaying queue, one per key, the earliest wins. */
  private readonly waiting = new Map<Controller, Map<ObjectKey, { id: ScheduledEventId; at: number }>>();
  private settling = false;
  private readonly sources = new Map<Controller, EventSource>();
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
    this.queued.set(controller, new Set());
    for (const indexer of controller.indexers ?? []) this.api.store.addIndexer(indexer);
    for (const watch of controller.watches) {
      this.api.store.watch(watch.kind, (event) => {
        for (const key of watch.toKeys(event, this.api.store)) if (key) this.enqueue(controller, key);
      });
    }
  }

  enqueue(controller: Controller, key: ObjectKey): void {
    const set = this.queued.get(controller)!;
    if (set.has(key)) return;
    set.add(key);
    this.queue.push({ controller, key });
  }

  /** Reconciles until nothing is queued. Re-entrant calls return at once (the outer loop drains). */
  settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      let steps = 0;
      while (this.head < this.queue.length) {
        const item = this.queue[this.head++]!;
        this.queued.get(item.controller)!.delete(item.key);
        if (++steps > this.budget) throw this.runaway(this.head - 1);
        this.run(item);
      }
    } finally {
      this.queue.length = 0;
      this.head = 0;
      this.settling = false;
    }
  }

  private run({ controller, key }: QueueItem): void {
    this.reconciles++;
    const actions = controller.reconcile(key, { store: this.api.store, now: this.clock.now() });
    // Per owner uid, the first slow-start batch that had a failed create (made on the first failure).
    let failedBatch: Map<string, number> | undefined;
    for (const action of actions) {
      const batch = action.type === 'create' && action.batch !== undefined && action.owner ? { owner: action.owner.metadata.uid, n: action.batch } : undefined;
      if (batch && (failedBatch?.get(batch.owner) ?? Infinity) < batch.n) continue;
      const ok = this.execute(controller, action);
      if (!ok && batch && !failedBatch?.has(batch.owner)) (failedBatch ??= new Map()).set(batch.owner, batch.n);
    }
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
      const { controller, key } = this.queue[i]!;
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
