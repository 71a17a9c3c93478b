/**
 * The `Events:` table at the end of most descriptions (`DescribeEvents` in k8s.io/kubectl/pkg/describe/describe.go),
 * sorted by last timestamp with `sort.Sort(event.SortableEvents(...))`; repeated events read `40s (x3 over 2m)`.
 */
import { type KubeObject } from '../../../api/object';
import { since } from '../columns/column-set';
import { num, obj, path, str, timeOf } from '../object-fields';
import { type DescribeWriter } from './describe-writer';
import { goSortSlice } from '../go-sort';

/** `if events != nil { DescribeEvents(events, w) }`: nothing at all when events were not searched. */
export function eventsSection(w: DescribeWriter, events: readonly KubeObject[] | undefined, now: number): void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  // sort.Sort, not stable: past 12 events, ties (same second) come out in Go's pdqsort order.
  const sorted = goSortSlice([...events], (a, b) => eventTime(a) < eventTime(b));
  for (const e of sorted) {
    const o = obj(e);
    const first = o.eventTime ? since(o.eventTime, now) : since(o.firstTimestamp, now);
    let interval = first;
    if (o.series) interval = `${since(path(o, 'series.lastObservedTime'), now)} (x${num(path(o, 'series.count'))} over ${first})`;
    else if (num(o.count) > 1) interval = `${since(o.lastTimestamp, now)} (x${num(o.count)} over ${first})`;
    const source = str(path(o, 'source.component')) || str(o.reportingController);
    w.write(1, `${str(o.type)}\t${str(o.reason)}\t${interval}\t${source}\t${str(o.message).trim()}\n`);
  }
}

/** `eventTime` of sorted_event_list.go: lastTimestamp, else eventTime. */
function eventTime(e: unknown): number {
  return timeOf(path(e, 'lastTimestamp')) ?? timeOf(path(e, 'eventTime')) ?? 0;
}
