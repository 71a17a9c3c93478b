/**
 * Records core/v1 Events as client-go's EventRecorder + EventCorrelator do (tools/record/event.go
 * recordToSink, events_cache.go EventCorrelate): the aggregator may turn the Event into its key's aggregate
 * Event; an identical Event (same object, type, reason, message, source) within the series bumps `count`
 * and `lastTimestamp` instead of creating a new object; the spam filter may then skip it. Event names are
 * `<object>.<hex nanoseconds>` as in record/event.go.
 *
 * One correlator serves the whole cluster, where each component process (a kubelet, each controller of
 * kube-controller-manager) has its own: keys hold the source, so only the LRUs' shared capacity differs.
 */
import type { VirtualClock } from '../clock';
import type { ObjectStore } from './store';
import type { KubeObject, StoredObject } from './object';
import type { Timeline, TimelineDetail } from './timeline';
import { resourceForKind } from './resources';
import { compareGoStrings } from './go-string-order';
import { EventSeriesCache, type EventSeries, type SeriesIdentity } from './event-series';
import { AGGREGATE_MESSAGE_PREFIX, EventAggregator } from './event-aggregator';
import { EventSpamFilter } from './event-spam-filter';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  component: string;
  host?: string;
}

export interface RecordedEvent {
  type: EventType;
  reason: string;
  message: string;
  source: EventSource;
  /** `spec.containers{web}` for container-level events. */
  fieldPath?: string;
}

/** An Event's timeline entry, rendered when read (`Normal Pulled: Successfully pulled image ...`). */
class EventDetail implements TimelineDetail {
  constructor(
    private readonly type: EventType,
    private readonly reason: string,
    private readonly message: string,
  ) {}

  get text(): string {
    return `${this.type} ${this.reason}: ${this.message}`;
  }

  get data(): Readonly<Record<string, unknown>> {
    return { reason: this.reason, type: this.type };
  }
}

type ObjectReference = Readonly<Record<string, string | undefined>>;

/**
 * The hexadecimal nanoseconds of `nowMs` plus `counter` (record/event.go names an Event `<object>.<%x of
 * UnixNano>`; the counter keeps same-instant names apart). Milliseconds × 10⁶ exceed 2⁵³, so the sum is
 * built from two exact halves: below and above 2²⁴.
 */
export function eventNameSuffix(nowMs: number, counter: number): string {
  const high = Math.floor(nowMs / LOW_SPAN);
  const low = (nowMs - high * LOW_SPAN) * 1_000_000 + counter;
  const carry = Math.floor(low / LOW_SPAN);
  const top = high * 1_000_000 + carry;
  const bottom = (low - carry * LOW_SPAN).toString(16);
  return top === 0 ? bottom : top.toString(16) + bottom.padStart(6, '0');
}

const LOW_SPAN = 2 ** 24;

/** `00` … `ff`: the six low hex digits of a name are three table reads. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Event names, `<object>.<eventNameSuffix>`, as one flat string without temporary ones: the digits above the
 * low 24 bits change only with the instant (and a carry), so their hex — a double's `toString(16)`, the slow
 * part — is kept for the next Event; the low six digits come from a table, and the pieces are joined in one
 * reused array (a concatenation would keep a rope of four strings per stored Event).
 */
export class EventNames {
  private top = -1;
  private topHex = '';
  private readonly parts = ['', '.', '', '', '', ''];

  name(objectName: string, nowMs: number, counter: number): string {
    const high = Math.floor(nowMs / LOW_SPAN);
    const low = (nowMs - high * LOW_SPAN) * 1_000_000 + counter;
    const carry = Math.floor(low / LOW_SPAN);
    const top = high * 1_000_000 + carry;
    const bottom = low - carry * LOW_SPAN;
    const parts = this.parts;
    parts[0] = objectName;
    if (top === 0) {
      parts[2] = bottom.toString(16);
      parts[3] = parts[4] = parts[5] = '';
    } else {
      if (top !== this.top) this.topHex = (this.top = top).toString(16);
      parts[2] = this.topHex;
      parts[3] = HEX_PAIRS[bottom >>> 16]!;
      parts[4] = HEX_PAIRS[(bottom >>> 8) & 0xff]!;
      parts[5] = HEX_PAIRS[bottom & 0xff]!;
    }
    const name = parts.join('');
    parts[0] = '';
    return name;
  }
}

/** client-go's EventCorrelator keeps its series, aggregate records and spam records in LRUs of maxLruCacheEntries (tools/record/events_cache.go). */
const MAX_LRU_ENTRIES = 4096;

/**
 * Components whose Events go through tools/events (events.k8s.io/v1), whose broadcaster has no aggregator
 * and no spam filter: kube-scheduler records through events.NewEventBroadcasterAdapter
 * (cmd/kube-scheduler/app/options/options.go). Their identical Events still make one series.
 */
const UNCORRELATED_COMPONENTS: ReadonlySet<string> = new Set(['default-scheduler']);

/** The identity of the Event being recorded, filled in place for each one: a series lookup allocates nothing. */
class Probe implements SeriesIdentity {
  kind = '';
  namespace = '';
  name = '';
  uid = '';
  fieldPath = '';
  type = '';
  reason = '';
  message = '';
  component = '';
  host = '';
  aggregate = false;

  fill(involved: KubeObject, namespace: string, event: RecordedEvent): this {
    const meta = involved.metadata;
    this.kind = involved.kind;
    this.namespace = namespace;
    this.name = meta.name ?? '';
    this.uid = meta.uid ?? '';
    this.fieldPath = event.fieldPath ?? '';
    this.type = event.type;
    this.reason = event.reason;
    this.message = event.message;
    this.component = event.source.component;
    this.host = event.source.host ?? '';
    this.aggregate = false;
    return this;
  }

  /** The aggregate Event's series key, EventAggregatorByReasonFunc's: neither field path nor message. */
  asAggregate(): void {
    this.fieldPath = '';
    this.message = '';
    this.aggregate = true;
  }
}

/** `ObjectStore.put`'s hand-over flag: an Event built here is stored as it is, not copied. */
const OWNED = true;

export class EventRecorder {
  /** Series by event identity (an LRU, so a long simulation's memory stays bounded). */
  private readonly series = new EventSeriesCache(MAX_LRU_ENTRIES);
  private readonly aggregator = new EventAggregator(MAX_LRU_ENTRIES);
  private readonly spamFilter = new EventSpamFilter(MAX_LRU_ENTRIES);
  private readonly probe = new Probe();
  private readonly names = new EventNames();
  private counter = 0;
  /**
   * The involvedObject of the last Event about each stored (frozen) object version, for the next Event about it.
   * A kubelet's Pulling and Pulled are about one pod version, seconds apart, with thousands of other Events in
   * between at scale: a Map of recent ones would not reach back, and the version's lifetime bounds the entry.
   */
  private readonly references = new WeakMap<KubeObject, ObjectReference>();
  /** The last entry of `references`, compared first: a run of Events about one version (Pulled, Created, Started). */
  private lastInvolved: KubeObject | undefined = undefined;
  private lastReference: ObjectReference | undefined = undefined;
  /** The timeline label of the last involved object: a pod's Events come in runs about it. */
  private lastLabel: { kind: string; namespace: string | undefined; name: string | undefined; label: string } | undefined;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  /**
   * EventCorrelate, then recordEvent: aggregate, observe the series (counted even when the Event is then
   * skipped, as eventObserve caches it first), filter. A skipped Event never reaches the API server, so it is
   * not on the timeline either; an aggregated one is, with the message it is written with.
   */
  record(involved: KubeObject, event: RecordedEvent): void {
    const namespace = involved.metadata.namespace ?? 'default';
    const nowMs = this.clock.now();
    const id = this.probe.fill(involved, namespace, event);
    const correlated = !UNCORRELATED_COMPONENTS.has(id.component);
    const aggregated = correlated && this.aggregator.aggregate(id, nowMs);
    if (aggregated) id.asAggregate();
    const now = this.clock.nowISO();
    let series = this.series.get(id);
    if (series) series.count++;
    else series = this.series.add(id, this.eventName(involved.metadata.name ?? '', namespace, nowMs), now);
    if (correlated && this.spamFilter.filter(id, nowMs)) return;
    // EventAggregatorByReasonMessageFunc; built only for an Event that is written.
    const message = aggregated ? AGGREGATE_MESSAGE_PREFIX + event.message : event.message;
    this.timeline.recordDetail('Event', this.label(involved), new EventDetail(event.type, event.reason, message));
    const existing = series.count === 1 || series.storedKey === undefined ? undefined : this.store.getByKey(series.storedKey);
    if (existing) {
      // The patch eventObserve makes sets count, lastTimestamp and message: an aggregate Event reads the latest message.
      const patched = aggregated ? { ...existing, count: series.count, lastTimestamp: now, message } : { ...existing, count: series.count, lastTimestamp: now };
      this.store.put(patched as KubeObject, OWNED);
      return;
    }
    // recordToSink: a first Event is created; patching one that expired (--event-ttl), was deleted or was never
    // written (skipped) fails with NotFound, and it is created under the series' name, count and firstTimestamp.
    this.create(involved, event, message, aggregated, namespace, now, series);
  }

  /**
   * A new series' Event name, as the tail of the key the store will keep its Event under (the very string the
   * store's next write of it files, `ObjectStore.keyFor`): a slice of the key (32 B) instead of a string of its
   * own (≈ 56 B), and the name is held for an hour by every Event.
   */
  private eventName(objectName: string, namespace: string, nowMs: number): string {
    const name = this.names.name(objectName, nowMs, this.counter++);
    const key = this.store.keyFor('Event', namespace, name);
    return key.slice(key.length - name.length);
  }

  /** Stores the series' Event and remembers the key the store keeps it under, to read it back without building one. */
  private create(involved: KubeObject, event: RecordedEvent, message: string, aggregated: boolean, namespace: string, now: string, series: EventSeries): void {
    const stored = this.store.put(this.buildEvent(involved, event, message, aggregated, namespace, now, series), OWNED);
    series.storedKey = this.store.storedKey(stored);
  }

  /**
   * The Event as one literal, stored as it is: every field in the object (a copy by spreading keeps most of
   * them in a PropertyArray beside it). `resourceVersion` holds the store's place in the metadata, where the
   * store's copy put it (last); the store writes its value. EventAggregate's copy of an aggregated Event sets
   * no reportingController or reportingInstance: they are empty.
   */
  private buildEvent(involved: KubeObject, event: RecordedEvent, message: string, aggregated: boolean, namespace: string, now: string, series: EventSeries): KubeObject {
    const name = series.eventName;
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: `event-${name}`, creationTimestamp: now, resourceVersion: '' },
      involvedObject: this.objectReference(involved, event.fieldPath),
      reason: event.reason,
      message,
      source: event.source,
      firstTimestamp: series.firstTimestamp,
      lastTimestamp: now,
      count: series.count,
      type: event.type,
      eventTime: null,
      reportingComponent: aggregated ? '' : event.source.component,
      reportingInstance: aggregated ? '' : (event.source.host ?? ''),
    };
  }

  /**
   * `Pod default/web`: the same string for a run of Events about one object (its versions share their kind,
   * namespace and name strings, so the comparison is by identity), so the timeline hashes it once.
   */
  private label(involved: KubeObject): string {
    const { namespace, name } = involved.metadata;
    const last = this.lastLabel;
    if (last && last.name === name && last.namespace === namespace && last.kind === involved.kind) return last.label;
    const label = `${involved.kind} ${namespace ? `${namespace}/` : ''}${name}`;
    this.lastLabel = { kind: involved.kind, namespace, name, label };
    return label;
  }

  /**
   * The Event's involvedObject, frozen so the stored Event shares it: a kubelet records several Events about one
   * version of a pod and container (Pulling, then Pulled, Created and Started), and they share one.
   */
  private objectReference(involved: KubeObject, fieldPath: string | undefined): ObjectReference {
    const known = involved === this.lastInvolved ? this.lastReference : this.references.get(involved);
    if (known !== undefined && known.fieldPath === fieldPath) return known;
    const meta = involved.metadata;
    const reference = Object.freeze({
      apiVersion: involved.apiVersion || resourceForKind(involved.kind)?.apiVersion,
      kind: involved.kind,
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
      fieldPath,
    });
    // Only a frozen (stored) object cannot change under the reference built from it.
    if (Object.isFrozen(involved) && Object.isFrozen(meta)) {
      this.references.set(involved, reference);
      this.lastInvolved = involved;
      this.lastReference = reference;
    }
    return reference;
  }

  /** Events about one object, oldest first, as `kubectl describe` lists them. */
  eventsFor(obj: StoredObject): StoredObject[] {
    return this.store
      .list('Event', obj.metadata.namespace ?? 'default')
      .filter((e) => (e.involvedObject as { uid?: string }).uid === obj.metadata.uid)
      .sort((a, b) => compareGoStrings(String(a.firstTimestamp), String(b.firstTimestamp)));
  }
}
