/**
 * Records core/v1 Events as client-go's EventRecorder + EventCorrelator do: an identical event
 * (same object, type, reason, message, source) within the series bumps `count` and `lastTimestamp`
 * instead of creating a new object. Event names are `<object>.<hex nanoseconds>` as in record/event.go.
 */
import type { VirtualClock } from '../clock';
import type { ObjectStore } from './store';
import type { KubeObject, StoredObject } from './object';
import type { Timeline, TimelineDetail } from './timeline';
import { resourceForKind } from './resources';
import { compareGoStrings } from './go-string-order';
import { LruMap } from './lru-map';

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

/** client-go's EventCorrelator keeps its series in an LRU of maxLruCacheEntries (tools/record/events_cache.go). */
const MAX_SERIES = 4096;

/** eventLog: what the correlator remembers of a series. */
interface Series {
  name: string;
  count: number;
  firstTimestamp: string;
}

/** `ObjectStore.put`'s hand-over flag: an Event built here is stored as it is, not copied. */
const OWNED = true;

export class EventRecorder {
  /** Series by event key (an LRU, so a long simulation's memory stays bounded). */
  private readonly series = new LruMap<string, Series>(MAX_SERIES);
  private counter = 0;
  private lastReference: { involved: KubeObject; fieldPath: string | undefined; reference: ObjectReference } | undefined;
  /** The timeline label of the last involved object's metadata: a pod's Events come in runs about one version. */
  private lastLabel: { kind: string; meta: KubeObject['metadata']; label: string } | undefined;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  record(involved: KubeObject, event: RecordedEvent): void {
    const meta = involved.metadata;
    const namespace = meta.namespace ?? 'default';
    const now = this.clock.nowISO();
    const key = [involved.kind, namespace, meta.name, meta.uid, event.fieldPath ?? '', event.type, event.reason, event.message, event.source.component, event.source.host ?? ''].join('\u0000');
    this.timeline.recordDetail('Event', this.label(involved), new EventDetail(event.type, event.reason, event.message));
    const series = this.series.get(key);
    if (series) {
      series.count++;
      const existing = this.store.get('Event', namespace, series.name);
      if (existing) {
        this.store.put({ ...existing, count: series.count, lastTimestamp: now } as KubeObject, OWNED);
        return;
      }
      // recordToSink: patching an Event that expired (--event-ttl) or was deleted fails with NotFound, and the
      // Event is created again under its old name, with the series' count and firstTimestamp.
      this.store.put(this.buildEvent(involved, event, namespace, series.name, now, series), OWNED);
      return;
    }
    // Joined rather than concatenated: a flat string, not a rope of three pieces kept as long as the Event.
    const name = [meta.name, '.', eventNameSuffix(this.clock.now(), this.counter++)].join('');
    const created: Series = { name, count: 1, firstTimestamp: now };
    this.series.set(key, created);
    this.store.put(this.buildEvent(involved, event, namespace, name, now, created), OWNED);
  }

  /**
   * The Event as one literal, stored as it is: every field in the object (a copy by spreading keeps most of
   * them in a PropertyArray beside it). `resourceVersion` holds the store's place in the metadata, where the
   * store's copy put it (last); the store writes its value.
   */
  private buildEvent(involved: KubeObject, event: RecordedEvent, namespace: string, name: string, now: string, series: Series): KubeObject {
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: `event-${name}`, creationTimestamp: now, resourceVersion: '' },
      involvedObject: this.objectReference(involved, event.fieldPath),
      reason: event.reason,
      message: event.message,
      source: event.source,
      firstTimestamp: series.firstTimestamp,
      lastTimestamp: now,
      count: series.count,
      type: event.type,
      eventTime: null,
      reportingComponent: event.source.component,
      reportingInstance: event.source.host ?? '',
    };
  }

  /** `Pod default/web`: the same string for a run of Events about one object version, so the timeline hashes it once. */
  private label(involved: KubeObject): string {
    const meta = involved.metadata;
    const last = this.lastLabel;
    if (last && last.meta === meta && last.kind === involved.kind) return last.label;
    const label = `${involved.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`;
    // Only frozen (stored) metadata cannot be renamed under the remembered label.
    this.lastLabel = Object.isFrozen(meta) ? { kind: involved.kind, meta, label } : undefined;
    return label;
  }

  /**
   * The Event's involvedObject, frozen so the stored Event shares it: a kubelet records several Events in a
   * row about one version of a pod and container (Pulling, Pulled, Created, Started), and they share one.
   */
  private objectReference(involved: KubeObject, fieldPath: string | undefined): ObjectReference {
    const last = this.lastReference;
    if (last && last.involved === involved && last.fieldPath === fieldPath) return last.reference;
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
    this.lastReference = Object.isFrozen(involved) && Object.isFrozen(meta) ? { involved, fieldPath, reference } : undefined;
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
