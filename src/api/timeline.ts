/**
 * One stream of everything that happened in a cluster, in virtual-time order: store writes, Kubernetes
 * Events, and component notes (probe results, process exits). Failure reports, `kubespec sim`, the grader
 * and the HTML swimlanes all read it.
 */
export type TimelineEntryType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'Event' | 'note';

export interface TimelineEntry {
  readonly at: number;
  readonly seq: number;
  readonly type: TimelineEntryType;
  /** `Pod default/web`, `Node node-1`. */
  readonly object: string;
  readonly text: string;
  /** Structured detail for report writers (phase, container states...). */
  readonly data?: Readonly<Record<string, unknown>>;
}

export class Timeline {
  private readonly entries: TimelineEntry[] = [];
  private seq = 0;
  private readonly listeners: ((entry: TimelineEntry) => void)[] = [];

  constructor(
    private readonly now: () => number,
    private readonly limit = 200_000,
  ) {}

  record(type: TimelineEntryType, object: string, text: string, data?: Record<string, unknown>): void {
    const entry: TimelineEntry = { at: this.now(), seq: this.seq++, type, object, text, data };
    // Keep memory bounded for long simulations: drop the oldest tenth at once rather than one per write.
    if (this.entries.length >= this.limit) this.entries.splice(0, Math.floor(this.limit / 10));
    this.entries.push(entry);
    for (const listener of this.listeners) listener(entry);
  }

  onEntry(listener: (entry: TimelineEntry) => void): void {
    this.listeners.push(listener);
  }

  all(): readonly TimelineEntry[] {
    return this.entries;
  }

  tail(n: number): readonly TimelineEntry[] {
    return this.entries.slice(-n);
  }
}
