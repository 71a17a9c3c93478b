/**
 * A binary min-heap of scheduled callbacks ordered by (virtual instant, sequence number).
 * The sequence number makes ties deterministic: equal instants run in scheduling order.
 *
 * Shaped for the clock's hot path (a few events per pod, each pushed and taken once, while a cancel is
 * rare: 40 cancels of a pending id for 1,700 events at 300 pods). A cancel records the id; the heap is
 * not searched, and no per-event index is kept (a Map entry per event cost ≈ 50 bytes of rehashing). Ids
 * are never reused, so the id of an event that already ran, cancelled late, can never match a later one;
 * such ids are pruned once they outnumber the pending events. The sifts move a hole instead of swapping
 * through `[a, b] = [b, a]` (an array and an iterator per swap in V8 11.3: ≈ 600 bytes per event at a
 * thousand pending events).
 */
export type ScheduledEventId = number & { readonly __brand: 'ScheduledEventId' };

export interface ScheduledEvent {
  readonly id: ScheduledEventId;
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  readonly run: () => void;
}

/** Late cancels kept before a prune, beyond twice the pending events. */
const CANCELLED_SLACK = 64;

export class EventQueue {
  private heap: ScheduledEvent[] = [];
  /** Cancelled ids: every pending one, and perhaps a few of events that had already run. */
  private cancelled = new Set<ScheduledEventId>();

  /** Pending events that will run; O(pending), for inspection. */
  get size(): number {
    if (this.cancelled.size === 0) return this.heap.length;
    let live = 0;
    for (const e of this.heap) if (!this.cancelled.has(e.id)) live++;
    return live;
  }

  push(event: ScheduledEvent): void {
    this.heap.push(event);
    this.siftUp(this.heap.length - 1);
  }

  cancel(id: ScheduledEventId): void {
    this.cancelled.add(id);
    if (this.cancelled.size > 2 * this.heap.length + CANCELLED_SLACK) this.pruneCancelled();
  }

  peek(): ScheduledEvent | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  pop(): ScheduledEvent | undefined {
    this.dropCancelled();
    return this.take();
  }

  /** Live events in execution order; for inspection and failure reports, not for the hot path. */
  snapshot(): ScheduledEvent[] {
    return this.heap.filter((e) => !this.cancelled.has(e.id)).sort(compare);
  }

  private dropCancelled(): void {
    while (this.cancelled.size !== 0 && this.heap.length > 0 && this.cancelled.delete(this.heap[0]!.id)) this.take();
  }

  /** Keeps only the cancelled ids still in the heap (amortized: at least `CANCELLED_SLACK` cancels apart). */
  private pruneCancelled(): void {
    const pending = new Set<ScheduledEventId>();
    for (const e of this.heap) if (this.cancelled.has(e.id)) pending.add(e.id);
    this.cancelled = pending;
  }

  private take(): ScheduledEvent | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0 && last !== undefined) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(from: number): void {
    const h = this.heap;
    const moving = h[from]!;
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = h[parent]!;
      if (compare(moving, above) >= 0) break;
      h[i] = above;
      i = parent;
    }
    h[i] = moving;
  }

  private siftDown(from: number): void {
    const h = this.heap;
    const n = h.length;
    const moving = h[from]!;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && compare(h[r]!, h[l]!) < 0 ? r : l;
      const below = h[m]!;
      if (compare(below, moving) >= 0) break;
      h[i] = below;
      i = m;
    }
    h[i] = moving;
  }
}

function compare(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.at - b.at || a.seq - b.seq;
}
