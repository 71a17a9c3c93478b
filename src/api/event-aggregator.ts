/**
 * EventAggregator with EventAggregatorByReasonFunc (client-go tools/record/events_cache.go): Events from one
 * source about one object with one type and reason that differ only by message are counted by distinct
 * message (the local keys); once `maxEvents` distinct messages were seen with no gap longer than
 * `maxIntervalSeconds` between two of them, each further Event is written as the aggregate Event
 * (`(combined from similar events): <message>`, built by the recorder) instead of its own.
 *
 * The aggregate key also holds the Event's reportingController and reportingInstance, which the recorder
 * always sets from its source (record/event.go generateEvent), so the source stands for them here.
 */
import { eventGroup, GroupedLru } from './grouped-lru';
import { SourceObjectRecord, type SourceObjectIdentity } from './source-object-record';

/** The fields EventAggregatorByReasonFunc joins, and the local key (the message). */
export interface AggregateIdentity extends SourceObjectIdentity {
  readonly type: string;
  readonly reason: string;
  readonly message: string;
}

/** defaultAggregateMaxEvents. */
export const DEFAULT_AGGREGATE_MAX_EVENTS = 10;
/** defaultAggregateIntervalInSeconds. */
export const DEFAULT_AGGREGATE_INTERVAL_SECONDS = 600;

/** EventAggregatorByReasonMessageFunc's prefix. */
export const AGGREGATE_MESSAGE_PREFIX = '(combined from similar events): ';

/** aggregateRecord: the distinct messages of one aggregate key and when it last saw one. */
class AggregateRecord extends SourceObjectRecord<AggregateIdentity> {
  type = '';
  reason = '';
  /**
   * localKeys, oldest first: the one message itself until a second distinct one comes — most aggregate
   * keys (a pod's `Pulled`, `Started`, …) only ever see one, and need no array.
   */
  messages: string | string[] = '';
  lastMs = 0;

  matches(id: AggregateIdentity): boolean {
    return this.sameSourceObject(id) && this.reason === id.reason && this.type === id.type;
  }

  reset(id: AggregateIdentity): this {
    this.fillSourceObject(id);
    this.type = id.type;
    this.reason = id.reason;
    this.messages = id.message;
    return this;
  }

  /** localKeys.Insert; returns the number of distinct messages. */
  insert(message: string): number {
    const messages = this.messages;
    if (typeof messages !== 'string') {
      if (!messages.includes(message)) messages.push(message);
      return messages.length;
    }
    if (messages === message) return 1;
    this.messages = [messages, message];
    return 2;
  }

  /**
   * localKeys.PopAny. Go removes an arbitrary element (map iteration order is random); the oldest is
   * removed here, so a run is reproducible. Which one goes only matters when a removed message comes back.
   */
  popOldest(): void {
    if (typeof this.messages === 'string') this.messages = [];
    else this.messages.shift();
  }
}

export class EventAggregator {
  private readonly cache: GroupedLru<AggregateIdentity, AggregateRecord>;
  private readonly maxIntervalMs: number;

  constructor(
    capacity: number,
    private readonly maxEvents = DEFAULT_AGGREGATE_MAX_EVENTS,
    maxIntervalSeconds = DEFAULT_AGGREGATE_INTERVAL_SECONDS,
  ) {
    this.cache = new GroupedLru(capacity);
    this.maxIntervalMs = maxIntervalSeconds * 1000;
  }

  get size(): number {
    return this.cache.size;
  }

  /** EventAggregate: true when the Event is to be written as its key's aggregate Event. */
  aggregate(id: AggregateIdentity, nowMs: number): boolean {
    const group = eventGroup(id.uid, id.name);
    let record = this.cache.get(group, id);
    let distinct: number;
    // A record whose last similar Event is more than the interval ago starts afresh (a missing one is as old as the zero time).
    if (record !== undefined && nowMs - record.lastMs <= this.maxIntervalMs) distinct = record.insert(id.message);
    else {
      record ??= this.cache.add(group, this.cache.reclaim() ?? new AggregateRecord());
      record.reset(id);
      distinct = 1;
    }
    record.lastMs = nowMs;
    if (distinct < this.maxEvents) return false;
    // Do not grow the set of local keys beyond the maximum.
    record.popOldest();
    return true;
  }
}
