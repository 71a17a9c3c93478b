/**
 * Feeds store writes into the timeline with a one-line summary of what matters for each kind, so a
 * failure report reads like a story: `Pod default/web  MODIFIED  phase=Running web=running(ready)`.
 */
import type { ObjectStore, StoredObject, Timeline, WatchEvent } from '../api';

export function recordWrites(store: ObjectStore, timeline: Timeline): void {
  store.watch('*', (event: WatchEvent) => {
    if (event.object.kind === 'Event') return;
    const obj = event.object;
    const name = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
    timeline.record(event.type, name, summarize(obj), obj.kind === 'Pod' ? podData(obj) : undefined);
  });
}

interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; running?: object; terminated?: { reason?: string; exitCode?: number } };
}

function summarize(obj: StoredObject): string {
  const parts: string[] = [];
  if (obj.metadata.deletionTimestamp) parts.push('deleting');
  const status = obj.status as { phase?: string; containerStatuses?: ContainerStatusLike[]; initContainerStatuses?: ContainerStatusLike[] } | undefined;
  if (status?.phase) parts.push(`phase=${status.phase}`);
  if (obj.kind === 'Pod') {
    const nodeName = (obj.spec as { nodeName?: string }).nodeName;
    if (nodeName) parts.push(`node=${nodeName}`);
    for (const c of [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])]) parts.push(`${c.name}=${containerState(c)}`);
  }
  const replicas = (obj.spec as { replicas?: number } | undefined)?.replicas;
  if (replicas !== undefined) parts.push(`replicas=${replicas}`);
  return parts.join(' ');
}

export function containerState(c: ContainerStatusLike): string {
  const s = c.state ?? {};
  if (s.running) return c.ready ? 'running(ready)' : 'running';
  if (s.terminated) return `terminated(${s.terminated.reason ?? s.terminated.exitCode})`;
  if (s.waiting) return `waiting(${s.waiting.reason ?? ''})`;
  return 'unknown';
}

function podData(obj: StoredObject): Record<string, unknown> {
  const status = obj.status as { phase?: string; containerStatuses?: ContainerStatusLike[]; initContainerStatuses?: ContainerStatusLike[] } | undefined;
  const containers: Record<string, string> = {};
  for (const c of [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])]) containers[c.name] = containerState(c);
  return { phase: status?.phase, deleting: Boolean(obj.metadata.deletionTimestamp), containers };
}
