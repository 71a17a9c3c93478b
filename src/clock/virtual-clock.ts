/**
 * Virtual time for one simulated cluster. Nothing in kubespec reads the wall clock: components
 * schedule callbacks at virtual instants and `advance` runs them in order, so an hour of cluster
 * life costs as many steps as it has events, never more.
 */
import { EventQueue, type ScheduledEvent, type ScheduledEventId } from './event-queue';

/** 2025-01-01T00:00:00Z, the instant every default cluster starts at. */
export const DEFAULT_EPOCH_MS = Date.UTC(2025, 0, 1);

export interface ClockObserver {
  /** Called after each scheduled event has run, so the cluster can let controllers settle. */
  afterEvent(event: ScheduledEvent): void;
}

export class VirtualClock {
  private current: number;
  private seq = 0;
  private nextId = 1;
  private readonly queue = new EventQueue();
  private observer: ClockObserver | undefined;
  /** Total events executed since construction: the unit every cost is measured in. */
  eventsRun = 0;

  constructor(startMs: number = DEFAULT_EPOCH_MS) {
    this.current = startMs;
  }

  /** Milliseconds since the Unix epoch, in virtual time. */
  now(): number {
    return this.current;
  }

  /** RFC 3339 timestamp with second precision, as Kubernetes writes metav1.Time. */
  nowISO(): string {
    return toRFC3339(this.current);
  }

  observe(observer: ClockObserver): void {
    this.observer = observer;
  }

  /** Schedules `run` at `delayMs` from now (never in the past). */
  schedule(delayMs: number, label: string, run: () => void): ScheduledEventId {
    return this.scheduleAt(this.current + Math.max(0, delayMs), label, run);
  }

  scheduleAt(atMs: number, label: string, run: () => void): ScheduledEventId {
    const id = this.nextId++ as ScheduledEventId;
    this.queue.push({ id, at: Math.max(atMs, this.current), seq: this.seq++, label, run });
    return id;
  }

  cancel(id: ScheduledEventId | undefined): void {
    if (id !== undefined) this.queue.cancel(id);
  }

  /** The instant of the next pending event, if any. */
  nextAt(): number | undefined {
    return this.queue.peek()?.at;
  }

  pending(): readonly Pick<ScheduledEvent, 'at' | 'label'>[] {
    return this.queue.snapshot().map(({ at, label }) => ({ at, label }));
  }

  /** Runs the next event if it is due at or before `limitMs`; returns whether one ran. */
  step(limitMs: number = Number.POSITIVE_INFINITY): boolean {
    const next = this.queue.peek();
    if (!next || next.at > limitMs) return false;
    this.queue.pop();
    this.current = Math.max(this.current, next.at);
    this.eventsRun++;
    next.run();
    this.observer?.afterEvent(next);
    return true;
  }

  /** Runs every event due within `durationMs`, then sets the clock to the end of the window. */
  advance(durationMs: number): void {
    this.advanceTo(this.current + durationMs);
  }

  advanceTo(targetMs: number): void {
    while (this.step(targetMs)) {
      /* each step runs one event */
    }
    this.current = Math.max(this.current, targetMs);
  }
}

/**
 * Whole-second RFC 3339, as metav1.Time marshals. A cluster stamps many objects at one instant (every
 * status write, condition and Event of a sync), so the last few instants' strings are kept and shared.
 */
export function toRFC3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  const slot = second & (RFC3339_SLOTS - 1);
  if (rfc3339Seconds[slot] === second) return rfc3339Texts[slot]!;
  const text = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  rfc3339Seconds[slot] = second;
  rfc3339Texts[slot] = text;
  return text;
}

const RFC3339_SLOTS = 64;
const rfc3339Seconds = new Float64Array(RFC3339_SLOTS).fill(Number.NaN);
const rfc3339Texts: string[] = new Array<string>(RFC3339_SLOTS).fill('');

export function parseRFC3339(text: string): number {
  return Date.parse(text);
}
