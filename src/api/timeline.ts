/**
 * One stream of everything that happened in a cluster, in virtual-time order: store writes, Kubernetes
 * Events, and component notes (probe results, process exits). Failure reports, `kubespec sim`, the grader
 * and the HTML swimlanes all read it.
 *
 * A cluster records ~13 entries per pod and reads them only for a report, a failure or a digest, so an
 * entry keeps what it is rendered from (`TimelineDetail`), often shared by many entries, and builds its
 * text when asked: the same bytes as an eagerly rendered entry, at a fraction of the memory.
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

/** What an entry's text and data are rendered from: immutable, so entries may share one. */
export interface TimelineDetail {
  readonly text: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** An entry whose text and data come from its detail (a plain string for notes), on each read. */
class Entry implements TimelineEntry {
  constructor(
    readonly at: number,
    readonly seq: number,
    readonly type: TimelineEntryType,
    readonly object: string,
    private readonly detail: string | TimelineDetail,
  ) {}

  get text(): string {
    return typeof this.detail === 'string' ? this.detail : this.detail.text;
  }

  get data(): Readonly<Record<string, unknown>> | undefined {
    return typeof this.detail === 'string' ? undefined : this.detail.data;
  }
}

const MAX_LABELS = 16_384;

export class Timeline {
  private readonly entries: TimelineEntry[] = [];
  private seq = 0;
  private readonly listeners: ((entry: TimelineEntry) => void)[] = [];
  /** Object names, interned: a pod is named by ~13 entries. Bounded; dropping it only ends the sharing. */
  private readonly labels = new Map<string, string>();
  /** The last label returned: consecutive entries often name one object (a write, then its Events). */
  private lastLabel = '';

  constructor(
    private readonly now: () => number,
    private readonly limit = 200_000,
  ) {}

  record(type: TimelineEntryType, object: string, text: string, data?: Record<string, unknown>): void {
    this.recordDetail(type, object, data === undefined ? text : { text, data });
  }

  /** Records an entry rendered from `detail` when read (see `TimelineDetail`). */
  recordDetail(type: TimelineEntryType, object: string, detail: string | TimelineDetail): void {
    this.append(new Entry(this.now(), this.seq++, type, this.label(object), detail));
  }

  /**
   * `recordDetail` for a writer that keeps the labels `intern` gave it (one per object), so the entry skips the
   * intern lookup. The label stays the last one, as `recordDetail` leaves it, so an Event about the same object
   * that follows the write shares it.
   */
  recordInterned(type: TimelineEntryType, label: string, detail: TimelineDetail): void {
    this.lastLabel = label;
    this.append(new Entry(this.now(), this.seq++, type, label, detail));
  }

  /** The timeline's one instance of an object name (what `recordDetail` would store for `object`). */
  intern(object: string): string {
    return this.label(object);
  }

  private append(entry: Entry): void {
    // Keep memory bounded for long simulations: drop the oldest tenth at once rather than one per write.
    if (this.entries.length >= this.limit) this.entries.splice(0, Math.floor(this.limit / 10));
    this.entries.push(entry);
    for (const listener of this.listeners) listener(entry);
  }

  private label(object: string): string {
    // A comparison, not a hash: the writers hand in their own interned strings, mostly the very last one.
    if (object === this.lastLabel) return this.lastLabel;
    let known = this.labels.get(object);
    if (known === undefined) {
      if (this.labels.size >= MAX_LABELS) this.labels.clear();
      this.labels.set(object, (known = object));
    }
    return (this.lastLabel = known);
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
