/**
 * Feeds store writes into the timeline with a one-line summary of what matters for each kind, so a
 * failure report reads like a story: `Pod default/web  MODIFIED  phase=Running web=running(ready)`.
 *
 * Summaries repeat (every pod of a node goes through the same few), so they are interned with their data:
 * an entry costs a few pointers, not its own text and data object (the timeline interns object names).
 */
import type { ObjectStore, StoredObject, Timeline, TimelineDetail, WatchEvent } from '../api';

export function recordWrites(store: ObjectStore, timeline: Timeline): void {
  store.watch('*', (event: WatchEvent) => {
    const obj = event.object;
    if (obj.kind === 'Event') return;
    timeline.recordDetail(event.type, objectLabel(obj), writeSummary(obj));
  });
}

interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; running?: object; terminated?: { reason?: string; exitCode?: number } };
}

interface StatusLike {
  phase?: string;
  containerStatuses?: readonly ContainerStatusLike[];
  initContainerStatuses?: readonly ContainerStatusLike[];
}

/**
 * Interned values are immutable and only shared, so dropping the table when it is full loses nothing but
 * the sharing of later entries with earlier ones; it keeps a long simulation's table bounded.
 */
const MAX_INTERNED = 16_384;
const podSummaries = new Map<string, TimelineDetail>();
const otherSummaries = new Map<string, TimelineDetail>();

function intern<T>(table: Map<string, T>, key: string, make: () => T): T {
  const known = table.get(key);
  if (known !== undefined) return known;
  if (table.size >= MAX_INTERNED) table.clear();
  const value = make();
  table.set(key, value);
  return value;
}

function objectLabel(obj: StoredObject): string {
  return `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
}

/** The summary of a write; a pod's also carries `podData` for the swimlanes (the text determines it). */
function writeSummary(obj: StoredObject): TimelineDetail {
  const text = summarize(obj);
  if (obj.kind !== 'Pod') return intern(otherSummaries, text, () => Object.freeze({ text }));
  return intern(podSummaries, text, () => Object.freeze({ text, data: podData(obj) }));
}

function summarize(obj: StoredObject): string {
  let text = obj.metadata.deletionTimestamp ? 'deleting' : '';
  const status = obj.status as StatusLike | undefined;
  if (status?.phase) text = join(text, `phase=${status.phase}`);
  if (obj.kind === 'Pod') {
    const nodeName = (obj.spec as { nodeName?: string }).nodeName;
    if (nodeName) text = join(text, `node=${nodeName}`);
    for (const c of status?.initContainerStatuses ?? []) text = join(text, `${c.name}=${containerState(c)}`);
    for (const c of status?.containerStatuses ?? []) text = join(text, `${c.name}=${containerState(c)}`);
  }
  const replicas = (obj.spec as { replicas?: number } | undefined)?.replicas;
  if (replicas !== undefined) text = join(text, `replicas=${replicas}`);
  return text;
}

function join(text: string, part: string): string {
  return text === '' ? part : `${text} ${part}`;
}

export function containerState(c: ContainerStatusLike): string {
  const s = c.state ?? {};
  if (s.running) return c.ready ? 'running(ready)' : 'running';
  if (s.terminated) return `terminated(${s.terminated.reason ?? s.terminated.exitCode})`;
  if (s.waiting) return `waiting(${s.waiting.reason ?? ''})`;
  return 'unknown';
}

function podData(obj: StoredObject): Readonly<Record<string, unknown>> {
  const status = obj.status as StatusLike | undefined;
  const containers: Record<string, string> = {};
  for (const c of [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])]) containers[c.name] = containerState(c);
  return Object.freeze({ phase: status?.phase, deleting: Boolean(obj.metadata.deletionTimestamp), containers: Object.freeze(containers) });
}
