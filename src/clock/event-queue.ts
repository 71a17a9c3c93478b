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
 *
 * The sifts compare keys held in `keys`, a Float64Array beside the heap (`at` at 2i, `seq` at 2i + 1 for
 * the event at heap[i]) moved in step with it, rather than reading `at`/`seq` through each event object:
 * with thousands of pending events those objects are scattered over the heap and each comparison was a
 * cache miss; interleaving puts both keys of an entry in one cache line.
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

/** Entries the key array starts with; it doubles when full. */
const INITIAL_CAPACITY = 1024;

export class EventQueue {
  private heap: ScheduledEvent[] = [];
  /** (at, seq) of heap[i] at [2i, 2i + 1]: the sifts' keys, contiguous. */
  private keys = new Float64Array(2 * INITIAL_CAPACITY);
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
    const i = this.heap.length;
    if (2 * i === this.keys.length) this.grow();
    this.heap.push(event);
    this.siftUp(i, event.at, event.seq);
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

  private grow(): void {
    const keys = new Float64Array(2 * this.keys.length);
    keys.set(this.keys);
    this.keys = keys;
  }

  private take(): ScheduledEvent | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    const n = this.heap.length;
    if (n > 0 && last !== undefined) {
      // The last entry's keys sit at [2n, 2n + 1], past the new end: read them before the sift reuses slots.
      this.siftDown(last, this.keys[2 * n]!, this.keys[2 * n + 1]!);
    }
    return top;
  }

  /** Places `heap[from]` (keys `at`, `seq`) by moving the hole at `from` up past later parents. */
  private siftUp(from: number, at: number, seq: number): void {
    const h = this.heap;
    const k = this.keys;
    const moving = h[from]!;
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pAt = k[2 * parent]!;
      const pSeq = k[2 * parent + 1]!;
      if ((at - pAt || seq - pSeq) >= 0) break;
      h[i] = h[parent]!;
      k[2 * i] = pAt;
      k[2 * i + 1] = pSeq;
      i = parent;
    }
    h[i] = moving;
    k[2 * i] = at;
    k[2 * i + 1] = seq;
  }

  /** Places `moving` (keys `at`, `seq`) by moving the hole at the root down past earlier children. */
  private siftDown(moving: ScheduledEvent, at: number, seq: number): void {
    const h = this.heap;
    const k = this.keys;
    const n = h.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let m = l;
      let mAt = k[2 * l]!;
      let mSeq = k[2 * l + 1]!;
      const r = l + 1;
      if (r < n) {
        const rAt = k[2 * r]!;
        const rSeq = k[2 * r + 1]!;
        if ((rAt - mAt || rSeq - mSeq) < 0) {
          m = r;
          mAt = rAt;
          mSeq = rSeq;
        }
      }
      if ((mAt - at || mSeq - seq) >= 0) break;
      h[i] = h[m]!;
      k[2 * i] = mAt;
      k[2 * i + 1] = mSeq;
      i = m;
    }
    h[i] = moving;
    k[2 * i] = at;
    k[2 * i + 1] = seq;
  }
}

/** The order of firing; the sifts inline the same expression on the key array (NaN and ties included). */
function compare(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.at - b.at || a.seq - b.seq;
}
