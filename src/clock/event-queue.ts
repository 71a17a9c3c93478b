/**
 * A binary min-heap of scheduled callbacks ordered by (virtual instant, sequence number).
 * The sequence number makes ties deterministic: equal instants run in scheduling order.
 */
export type ScheduledEventId = number & { readonly __brand: 'ScheduledEventId' };

export interface ScheduledEvent {
  readonly id: ScheduledEventId;
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  readonly run: () => void;
}

export class EventQueue {
  private heap: ScheduledEvent[] = [];
  private cancelled = new Set<ScheduledEventId>();
  /** Ids in the heap, so `cancel` is O(1) instead of a scan of every pending event. */
  private queued = new Set<ScheduledEventId>();

  get size(): number {
    return this.heap.length - this.cancelled.size;
  }

  push(event: ScheduledEvent): void {
    this.queued.add(event.id);
    this.heap.push(event);
    this.siftUp(this.heap.length - 1);
  }

  cancel(id: ScheduledEventId): void {
    if (this.queued.has(id)) this.cancelled.add(id);
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
    while (this.heap.length > 0 && this.cancelled.has(this.heap[0]!.id)) {
      this.cancelled.delete(this.heap[0]!.id);
      this.take();
    }
  }

  private take(): ScheduledEvent | undefined {
    const top = this.heap[0];
    if (top) this.queued.delete(top.id);
    const last = this.heap.pop();
    if (this.heap.length > 0 && last) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compare(h[i]!, h[parent]!) >= 0) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && compare(h[l]!, h[m]!) < 0) m = l;
      if (r < h.length && compare(h[r]!, h[m]!) < 0) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

function compare(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.at - b.at || a.seq - b.seq;
}
