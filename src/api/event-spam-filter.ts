/**
 * EventSourceObjectSpamFilter (client-go tools/record/events_cache.go): a source may write `burst` Events
 * about one object, then one more each 1/qps seconds. Each (source component, host, involved object) has a
 * token bucket — flowcontrol.NewTokenBucketRateLimiterWithClock, i.e. a golang.org/x/time/rate Limiter that
 * starts full — in an LRU of maxLruCacheEntries; an Event the bucket has no token for is skipped.
 */
import { eventGroup, GroupedLru } from './grouped-lru';
import { SourceObjectRecord, type SourceObjectIdentity } from './source-object-record';

/** The fields getSpamKey joins. */
export type SpamIdentity = SourceObjectIdentity;

/** defaultSpamBurst. */
export const DEFAULT_SPAM_BURST = 25;
/** defaultSpamQPS, `1. / 300.`, which CorrelatorOptions holds as a float32. */
export const DEFAULT_SPAM_QPS = Math.fround(1 / 300);

/** spamRecord: one source's bucket for one object. */
class SpamRecord extends SourceObjectRecord<SpamIdentity> {
  /** rate.Limiter's tokens and last, in virtual milliseconds. */
  tokens = 0;
  lastMs = 0;

  matches(id: SpamIdentity): boolean {
    return this.sameSourceObject(id);
  }

  /** A new bucket: a rate.Limiter's first request finds it full, whatever its `last` (the zero time). */
  reset(id: SpamIdentity, burst: number, nowMs: number): this {
    this.fillSourceObject(id);
    this.tokens = burst;
    this.lastMs = nowMs;
    return this;
  }
}

export class EventSpamFilter {
  private readonly cache: GroupedLru<SpamIdentity, SpamRecord>;

  constructor(
    capacity: number,
    private readonly burst = DEFAULT_SPAM_BURST,
    private readonly qps = DEFAULT_SPAM_QPS,
  ) {
    this.cache = new GroupedLru(capacity);
  }

  /** Filter: true when the Event is to be skipped (its source has no token left for the object). */
  filter(id: SpamIdentity, nowMs: number): boolean {
    const group = eventGroup(id.uid, id.name);
    let record = this.cache.get(group, id);
    if (record === undefined) record = this.cache.add(group, (this.cache.reclaim() ?? new SpamRecord()).reset(id, this.burst, nowMs));
    return !this.tryAccept(record, nowMs);
  }

  get size(): number {
    return this.cache.size;
  }

  /**
   * rate.Limiter.AllowN(now, 1) (golang.org/x/time/rate, reserveN with no wait allowed): the bucket refills
   * for the time since `last`, up to burst; a token is taken only when none has to be waited for, counting
   * a wait that truncates to 0 ns as none. A refused request leaves the bucket as it was.
   */
  private tryAccept(record: SpamRecord, nowMs: number): boolean {
    const elapsedMs = nowMs > record.lastMs ? nowMs - record.lastMs : 0;
    const tokens = Math.min(record.tokens + durationSeconds(elapsedMs) * this.qps, this.burst) - 1;
    if (tokens < 0 && Math.trunc(1e9 * (-tokens / this.qps)) > 0) return false;
    if (this.burst < 1) return false;
    record.tokens = tokens;
    record.lastMs = nowMs;
    return true;
  }
}

/** time.Duration.Seconds: whole seconds plus the nanoseconds over 10⁹, as Go adds them. */
function durationSeconds(ms: number): number {
  const seconds = Math.trunc(ms / 1000);
  return seconds + ((ms - seconds * 1000) * 1e6) / 1e9;
}
