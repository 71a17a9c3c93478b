/**
 * Per-key exponential back-off, a port of client-go `util/flowcontrol/backoff.go` (Backoff without jitter),
 * used by the kubelet for container restarts (CrashLoopBackOff, `pkg/kubelet/kubelet.go` newCrashLoopBackOff)
 * and image pulls (`pkg/kubelet/images/image_manager.go`). Times are virtual milliseconds passed in by the
 * caller, so the class reads no clock.
 *
 * Worked example (initial 10s, max 300s): a container crashes at t=0; the next sync finds no entry, calls
 * `next` (delay 10s) and restarts at once. It crashes again at t=5: `isInBackOffSince(key, 5, now)` holds
 * until now=15; the sync after that calls `next` (delay 20s) and restarts. Delays before restarts 1, 2, 3…
 * are therefore 0, 10, 20, 40, 80, 160, 300, 300… seconds, measured from each crash.
 */
interface Entry {
  backOffMs: number;
  lastUpdate: number;
}

/** `entry expired`: the v1.32 kubelet resets the back-off once an event is more than 600s after the last update. */
export type ExpiredCheck = (eventTime: number, lastUpdate: number, maxMs: number) => boolean;

export const expiresAfterTwiceMax: ExpiredCheck = (eventTime, lastUpdate, maxMs) => eventTime - lastUpdate > 2 * maxMs;

export class BackOff {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly initialMs: number,
    readonly maxMs: number,
    private readonly hasExpired: ExpiredCheck = expiresAfterTwiceMax,
  ) {}

  /** No key has a delay: callers skip building keys to look up. */
  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** The current delay for `id`, 0 when it has none. */
  get(id: string): number {
    return this.entries.get(id)?.backOffMs ?? 0;
  }

  /** Starts or doubles the delay; `eventTime` decides whether an old entry has expired. */
  next(id: string, eventTime: number, now: number): void {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(eventTime, entry.lastUpdate, this.maxMs)) {
      this.entries.set(id, { backOffMs: this.initialMs, lastUpdate: now });
      return;
    }
    entry.backOffMs = Math.min(entry.backOffMs * 2, this.maxMs);
    entry.lastUpdate = now;
  }

  /** True while less than the current delay has passed since `eventTime` (a container's finishedAt). */
  isInBackOffSince(id: string, eventTime: number, now: number): boolean {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(eventTime, entry.lastUpdate, this.maxMs)) return false;
    return now - eventTime < entry.backOffMs;
  }

  /** True while less than the current delay has passed since the last `next` (image pulls). */
  isInBackOffSinceUpdate(id: string, now: number): boolean {
    const entry = this.entries.get(id);
    if (!entry || this.hasExpired(now, entry.lastUpdate, this.maxMs)) return false;
    return now - entry.lastUpdate < entry.backOffMs;
  }

  reset(id: string): void {
    this.entries.delete(id);
  }

  /** Forgets every key with this prefix (a pod's entries once it is gone). */
  resetPrefix(prefix: string): void {
    for (const id of this.entries.keys()) if (id.startsWith(prefix)) this.entries.delete(id);
  }
}

/** kubelet `backOffPeriod` and `MaxContainerBackOff`: 10s doubling to 300s. */
export const CONTAINER_BACK_OFF_INITIAL_MS = 10_000;
export const CONTAINER_BACK_OFF_MAX_MS = 300_000;

/** v1.32 newCrashLoopBackOff: HasExpiredFunc resets the back-off after a container ran for more than 10 minutes. */
export const crashLoopExpired: ExpiredCheck = (eventTime, lastUpdate) => eventTime - lastUpdate > 600_000;

export function newCrashLoopBackOff(): BackOff {
  return new BackOff(CONTAINER_BACK_OFF_INITIAL_MS, CONTAINER_BACK_OFF_MAX_MS, crashLoopExpired);
}

export function newImagePullBackOff(): BackOff {
  return new BackOff(CONTAINER_BACK_OFF_INITIAL_MS, CONTAINER_BACK_OFF_MAX_MS);
}
