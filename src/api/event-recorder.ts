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

/** client-go's EventCorrelator keeps its series in an LRU of maxLruCacheEntries (tools/record/events_cache.go). */
const MAX_SERIES = 4096;

/** eventLog: what the correlator remembers of a series. */
interface Series {
  name: string;
  count: number;
  firstTimestamp: string;
}

export class EventRecorder {
  /** Series by event key, least recently seen first (an LRU, so a long simulation's memory stays bounded). */
  private readonly series = new Map<string, Series>();
  private counter = 0;

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
    this.timeline.recordDetail('Event', `${involved.kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`, new EventDetail(event.type, event.reason, event.message));
    const series = this.series.get(key);
    if (series) {
      this.series.delete(key);
      this.series.set(key, series);
      series.count++;
      const existing = this.store.get('Event', namespace, series.name);
      if (existing) {
        this.store.put({ ...existing, count: series.count, lastTimestamp: now } as KubeObject);
        return;
      }
      // recordToSink: patching an Event that expired (--event-ttl) or was deleted fails with NotFound, and the
      // Event is created again under its old name, with the series' count and firstTimestamp.
      this.store.put({ ...this.buildEvent(involved, event, namespace, series.name, now), count: series.count, firstTimestamp: series.firstTimestamp });
      return;
    }
    // BigInt: milliseconds × 10⁶ exceed 2⁵³, so a float would give same-instant events the same name.
    const name = `${meta.name}.${(BigInt(this.clock.now()) * 1_000_000n + BigInt(this.counter++)).toString(16)}`;
    this.series.set(key, { name, count: 1, firstTimestamp: now });
    if (this.series.size > MAX_SERIES) this.series.delete(this.series.keys().next().value!);
    this.store.put(this.buildEvent(involved, event, namespace, name, now));
  }

  private buildEvent(involved: KubeObject, event: RecordedEvent, namespace: string, name: string, now: string): KubeObject {
    const meta = involved.metadata;
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: `event-${name}`, creationTimestamp: now },
      involvedObject: {
        apiVersion: involved.apiVersion || resourceForKind(involved.kind)?.apiVersion,
        kind: involved.kind,
        name: meta.name,
        namespace: meta.namespace,
        uid: meta.uid,
        resourceVersion: meta.resourceVersion,
        fieldPath: event.fieldPath,
      },
      reason: event.reason,
      message: event.message,
      source: event.source,
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type: event.type,
      eventTime: null,
      reportingComponent: event.source.component,
      reportingInstance: event.source.host ?? '',
    };
  }

  /** Events about one object, oldest first, as `kubectl describe` lists them. */
  eventsFor(obj: StoredObject): StoredObject[] {
    return this.store
      .list('Event', obj.metadata.namespace ?? 'default')
      .filter((e) => (e.involvedObject as { uid?: string }).uid === obj.metadata.uid)
      .sort((a, b) => compareGoStrings(String(a.firstTimestamp), String(b.firstTimestamp)));
  }
}
